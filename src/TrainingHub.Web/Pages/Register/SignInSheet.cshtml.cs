using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// A paper sign-in sheet for one session, for rooms where the register is kept on paper first: the people on the
/// register (booked, or already marked) with an empty signature column, and blank rows for walk-ins.
/// </summary>
public class SignInSheetModel(TrainingHubDbContext db, RegisterSessions sessions) : PageModel
{
    /// <summary>Enough blank lines for the walk-ins a session usually gets, without a second page for a small course.</summary>
    public const int BlankRows = 5;

    public sealed record Signer(string Name, string? Practice, string JobRole);

    public RegisterSession Session { get; private set; } = null!;
    public string Venue { get; private set; } = "";
    public IReadOnlyList<string> Trainers { get; private set; } = [];
    public IReadOnlyList<Signer> Signers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int sessionId)
    {
        if (await sessions.FindAsync(User, sessionId) is not { } session) return NotFound();
        Session = session;
        var e = await db.ProgrammeEvents.AsNoTracking().Where(x => x.Id == session.EventId)
            .Select(x => new { x.IsOnline, x.VenueName, x.VenueAddress }).FirstAsync();
        Venue = VenueText.Of(e.IsOnline, e.VenueName, e.VenueAddress);
        Trainers = await db.EventTrainers.AsNoTracking().Where(t => t.ProgrammeEventId == session.EventId)
            .OrderBy(t => t.Role).ThenBy(t => t.Person!.FamilyName).ThenBy(t => t.Person!.GivenName)
            .Select(t => t.Person!.GivenName + " " + t.Person.FamilyName).ToListAsync();
        var people = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == session.EventId && b.PersonId != null && AttendanceOutcome.OnRegister.Contains(b.State))
            .OrderBy(b => b.Person!.FamilyName).ThenBy(b => b.Person!.GivenName)
            .Select(b => new
            {
                Name = b.Person!.GivenName + " " + b.Person.FamilyName,
                Practice = b.Practice == null ? b.Person.Organisation : b.Practice.Name,
                Role = b.ProfessionalRole ?? b.Person.ProfessionalRole,
            })
            .ToListAsync();
        Signers = people.Select(p => new Signer(p.Name, PracticeNames.Display(p.Practice), DisplayNames.Of(p.Role))).ToList();
        return Page();
    }

    public string When => LondonTime.Describe(Session.StartsAt, Session.EndsAt);
}
