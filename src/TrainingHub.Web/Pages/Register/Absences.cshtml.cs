using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Pages.Register;

/// <summary>Late cancellations and no-shows, for one event or across the programme, so leads can follow them up.</summary>
public class AbsencesModel(TrainingHubDbContext db) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public const int Shown = 200;

    public sealed record EventTotal(int EventId, string Title, DateTimeOffset? StartsAt, int LateCancellations, int NoShows);

    public sealed record Row(int PersonId, string Name, string? Practice, string EventTitle, int EventId, DateTimeOffset? EventStartsAt,
        bool IsNoShow, DateTimeOffset? CancelledAt, string? Reason);

    public int? EventId { get; private set; }
    public IReadOnlyList<EventTotal> Totals { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? eventId)
    {
        EventId = eventId;
        var absences = db.Bookings.AsNoTracking().Where(b => b.PersonId != null &&
            (b.State == BookingState.NoShow || (b.State == BookingState.Cancelled && b.IsLateCancellation)));
        Totals = await absences.GroupBy(b => new { b.ProgrammeEventId, b.ProgrammeEvent!.Title, b.ProgrammeEvent.StartsAt })
            .Select(g => new EventTotal(g.Key.ProgrammeEventId, g.Key.Title, g.Key.StartsAt,
                g.Count(b => b.State == BookingState.Cancelled), g.Count(b => b.State == BookingState.NoShow)))
            .ToListAsync();
        Totals = Totals.OrderByDescending(t => t.StartsAt).ToList();
        if (eventId is { } id) absences = absences.Where(b => b.ProgrammeEventId == id);
        Rows = await absences.OrderByDescending(b => b.ProgrammeEvent!.StartsAt).ThenBy(b => b.Person!.FamilyName).Take(Shown)
            .Select(b => new Row(b.PersonId!.Value, b.Person!.GivenName + " " + b.Person.FamilyName, b.Practice == null ? null : b.Practice.Name,
                b.ProgrammeEvent!.Title, b.ProgrammeEventId, b.ProgrammeEvent.StartsAt, b.State == BookingState.NoShow, b.CancelledAt, b.CancellationReason))
            .ToListAsync();
    }
}
