using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Whole-practice places: a practice manager reserves places for their own practice (a lead for any practice, by
/// ODS code) and then names the attendees from the practice's staff.
/// </summary>
public class ReserveModel(TrainingHubDbContext db, PracticeReservations reservations) : PortalPageModel
{
    public sealed record StaffMember(int Id, string Name);

    public EventView Event { get; private set; } = null!;
    public int? PracticeId { get; private set; }
    public string? PracticeName { get; private set; }
    public IReadOnlyList<PracticeReservations.Reserved> Reserved { get; private set; } = [];
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);
    [BindProperty(SupportsGet = true)] public string? OdsCode { get; set; }
    [BindProperty] public int Places { get; set; } = 1;
    [BindProperty] public int PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId) => await LoadAsync(eventId) ?? Page();

    public Task<IActionResult> OnPostReserveAsync(int eventId) =>
        ActAsync(eventId, practiceId => reservations.ReserveAsync(eventId, practiceId, Places, Me, IsLead));

    public Task<IActionResult> OnPostNameAsync(int eventId) =>
        ActAsync(eventId, practiceId => reservations.NameAsync(eventId, practiceId, PersonId, Me));

    private int Me => User.PersonId()!.Value;

    private async Task<IActionResult> ActAsync(int eventId, Func<int, Task<BookingResult>> act)
    {
        if (await LoadAsync(eventId) is { } refused) return refused;
        if (PracticeId is not { } practiceId) return BadRequest();
        var result = await act(practiceId);
        if (result.Succeeded) return RedirectToPage(new { eventId, OdsCode });
        ModelState.AddModelError(result.Field ?? "Places", result.Problem!);
        await LoadAsync(eventId);
        return Page();
    }

    /// <summary>Loads the page, or says why not: no such event, or not this practice's manager (nor a lead).</summary>
    private async Task<IActionResult?> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view || view.Status == Domain.Events.EventStatus.Draft) return NotFound();
        Event = view;
        var code = OdsCode?.Trim().ToUpperInvariant();
        PracticeId = IsLead
            ? await db.Practices.Where(p => p.OdsCode == code).Select(p => (int?)p.Id).FirstOrDefaultAsync()
            : await db.People.Where(p => p.Id == Me).Select(p => p.PracticeId).FirstOrDefaultAsync();
        if (PracticeId is not { } practiceId) return IsLead ? null : Forbid();
        if (!await reservations.MayActForAsync(Me, practiceId, IsLead)) return Forbid();
        PracticeName = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Name).FirstAsync();
        Reserved = await reservations.ForPracticeAsync(eventId, practiceId);
        Staff = await db.People.AsNoTracking().Where(p => p.PracticeId == practiceId && p.IsActive)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Select(p => new StaffMember(p.Id, p.GivenName + " " + p.FamilyName)).ToListAsync();
        return null;
    }
}
