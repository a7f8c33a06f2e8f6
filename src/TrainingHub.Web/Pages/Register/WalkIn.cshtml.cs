using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Pages.People;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// At the door: a lead or the event's trainer finds someone who turned up without a place (by name, email or
/// practice) and adds them to the register, or adds a new person with their practice and job role first.
/// </summary>
public class WalkInModel(
    TrainingHubDbContext db, RegisterSessions sessions, WalkIns walkIns, Invitations invitations, WorkplaceChoice workplaces)
    : PortalPageModel
{
    public sealed record Candidate(PersonFound Person, BookingState? State);

    public static readonly string[] FieldOrder =
        ["q", "personId", "Input.GivenName", "Input.FamilyName", "Input.Email", "Workplace.Role", "Workplace.Practice"];

    // Named as the search box posts it, so its model-state key (and the error summary's link) is "q", the box's id.
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty] public NewPersonInput Input { get; set; } = new();
    [BindProperty] public WorkplaceInput Workplace { get; set; } = new();
    public RegisterSession Session { get; private set; } = null!;
    public IReadOnlyList<Candidate> Found { get; private set; } = [];
    public IReadOnlyList<PracticeOption> Practices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int sessionId)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        if (Q is { Length: > 200 }) ModelState.AddModelError("q", "Search for 200 characters or fewer");
        else await FindAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int sessionId, int personId)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        // The new-person form is bound on every post; finding someone already in the portal leaves it unchecked.
        ModelState.Clear();
        var result = await walkIns.AddAsync(Session, personId, User.PersonId()!.Value);
        if (result.Succeeded) return await AddedAsync(result.Booking!.PersonId!.Value);
        ModelState.AddModelError("personId", result.Problem!);
        await FindAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostNewAsync(int sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        if (Workplace.Find)
        {
            ModelState.Clear();
            return await ShowNewAsync(ct);
        }
        if (walkIns.WhyNotYet(Session) is { } notYet) ModelState.AddModelError("", notYet);
        var workplace = await workplaces.ReadAsync(Workplace, nameof(Workplace), ModelState, ct);
        if (!ModelState.IsValid || workplace is null) return await ShowNewAsync(ct);
        var (outcome, user) = await invitations.AddAsync(new InvitationRequest(
            Input.GivenName, Input.FamilyName, Input.Email, workplace.Role, null, workplace.PracticeId, PracticeChangeSource.WalkIn), User.PersonId());
        if (outcome == InvitationOutcome.AlreadyInPortal)
        {
            ModelState.AddModelError("Input.Email", "Someone with this email address is already in the portal: search for them above");
            return await ShowNewAsync(ct);
        }
        var result = await walkIns.AddAsync(Session, user!.PersonId, User.PersonId()!.Value);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Problem!);
            return await ShowNewAsync(ct);
        }
        return await AddedAsync(user.PersonId);
    }

    private async Task<IActionResult> AddedAsync(int personId)
    {
        var name = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.GivenName + " " + p.FamilyName).FirstAsync();
        TempData["Saved"] = $"{name} added as a walk-in and marked present";
        return RedirectToPage("Session", new { sessionId = Session.SessionId });
    }

    private async Task<IActionResult> ShowNewAsync(CancellationToken ct)
    {
        ViewData["FieldOrder"] = FieldOrder;
        Practices = await workplaces.OptionsAsync(Workplace.Search, int.TryParse(Workplace.Practice, out var id) ? id : null, ct);
        return Page();
    }

    private async Task FindAsync()
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        var people = await PeopleSearch.Found(PeopleSearch.Matching(db.People.AsNoTracking(), db.Practices.AsNoTracking(), Q)).ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var states = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == Session.EventId && b.PersonId != null && ids.Contains(b.PersonId.Value) && b.State != BookingState.Cancelled)
            .Select(b => new { PersonId = b.PersonId!.Value, b.State }).ToDictionaryAsync(b => b.PersonId, b => b.State);
        Found = people.Select(p => new Candidate(p, states.TryGetValue(p.Id, out var s) ? s : null)).ToList();
    }

    private async Task<bool> LoadAsync(int sessionId)
    {
        if (await sessions.FindAsync(User, sessionId) is not { } session) return false;
        Session = session;
        return true;
    }
}
