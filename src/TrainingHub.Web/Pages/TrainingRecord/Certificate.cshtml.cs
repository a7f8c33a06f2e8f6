using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Pages.TrainingRecord;

/// <summary>A certificate of attendance for a completed event: the person's own, or any for a lead; none before completion.</summary>
public class CertificateModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Details(int PersonId, string Name, string? Practice, BookingState State, DateTimeOffset? CompletedAt,
        string EventTitle, string TypeName, string? Venue, bool IsOnline, IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Sessions);

    public Details Certificate { get; private set; } = null!;
    public double Hours => Certificate.Sessions.Sum(s => (s.EndsAt - s.StartsAt).TotalHours);

    public async Task<IActionResult> OnGetAsync(int bookingId)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.PersonId != null)
            .Select(b => new
            {
                PersonId = b.PersonId!.Value, Name = b.Person!.GivenName + " " + b.Person.FamilyName,
                Practice = b.Practice == null ? null : b.Practice.Name, b.State, b.CompletedAt, b.ProgrammeEvent!.Title,
                Type = b.ProgrammeEvent.EventType!.Name, b.ProgrammeEvent.VenueName, b.ProgrammeEvent.IsOnline,
                Sessions = b.ProgrammeEvent.Sessions.OrderBy(s => s.StartsAt).Select(s => new { s.StartsAt, s.EndsAt }).ToList(),
            })
            .FirstOrDefaultAsync();
        if (found is null) return NotFound();
        if (!TrainingRecordAccess.MayRead(User, found.PersonId)) return Forbid();
        // Only a completed event earns a certificate: there is nothing to print before then.
        if (found.State != BookingState.Attended || found.CompletedAt is null) return NotFound();
        Certificate = new Details(found.PersonId, found.Name, found.Practice, found.State, found.CompletedAt, found.Title, found.Type,
            found.VenueName, found.IsOnline, found.Sessions.Select(s => (s.StartsAt, s.EndsAt)).ToList());
        return Page();
    }
}
