using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.TrainingRecord;

/// <summary>A person's training record: their bookings, the register marks for each session, and their completions.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record SessionMark(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool? Present);

    public sealed record Line(int BookingId, string EventTitle, string TypeName, DateTimeOffset? StartsAt, BookingState State,
        DateTimeOffset? CompletedAt, IReadOnlyList<SessionMark> Sessions);

    public string Name { get; private set; } = "";
    public bool IsOwn { get; private set; }
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public IEnumerable<Line> Completions => Lines.Where(l => l.State == BookingState.Attended && l.CompletedAt is not null);

    public async Task<IActionResult> OnGetAsync(int? personId)
    {
        var id = personId ?? User.PersonId();
        if (id is not { } who || !TrainingRecordAccess.MayRead(User, who)) return Forbid();
        if (await db.People.AsNoTracking().Where(p => p.Id == who).Select(p => p.GivenName + " " + p.FamilyName)
                .FirstOrDefaultAsync() is not { } name) return NotFound();
        Name = name;
        IsOwn = who == User.PersonId();
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.PersonId == who)
            .OrderByDescending(b => b.ProgrammeEvent!.StartsAt)
            .Select(b => new
            {
                b.Id, b.ProgrammeEvent!.Title, Type = b.ProgrammeEvent.EventType!.Name, b.ProgrammeEvent.StartsAt, b.State, b.CompletedAt,
                Sessions = b.ProgrammeEvent.Sessions.OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.StartsAt, s.EndsAt }).ToList(),
                Marks = b.Attendance.Select(a => new { a.EventSessionId, a.Present }).ToList(),
            })
            .ToListAsync();
        Lines = bookings.Select(b => new Line(b.Id, b.Title, b.Type, b.StartsAt, b.State, b.CompletedAt,
                b.Sessions.Select(s => new SessionMark(s.StartsAt, s.EndsAt,
                    b.Marks.Where(m => m.EventSessionId == s.Id).Select(m => (bool?)m.Present).FirstOrDefault())).ToList()))
            .ToList();
        return Page();
    }
}
