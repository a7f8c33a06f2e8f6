using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The catalogue: published events still to come, with places left, for anyone signed in.</summary>
public class IndexModel(TrainingHubDbContext db, EventPlaces places, YourPlaces yours, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string Title, string Type, string? Place, bool IsOnline, DateTimeOffset StartsAt,
        DateTimeOffset EndsAt, int Sessions, int Capacity)
    {
        public int PlacesLeft { get; init; }
        /// <summary>The signed-in person's own booking on it, if any, in words ("You are number 2 on the waiting list").</summary>
        public string? YourPlace { get; init; }
        public int? YourBookingId { get; init; }
    }

    public sealed record Option(int Id, string Name);

    [BindProperty(SupportsGet = true)] public EventFilters Filters { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Option> Types { get; private set; } = [];
    public IReadOnlyList<Option> Places { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Id, t.Name)).ToListAsync();
        Places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync();
        // A page number that is no number shows the first page, as it always has.
        ModelState.Remove("p");
        if (!Filters.Check(ModelState)) return;
        var now = clock.GetUtcNow();
        var query = Filters.Apply(db.ProgrammeEvents.AsNoTracking().Where(e => e.Status == EventStatus.Published && e.StartsAt > now));
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.Id, e.Title, e.EventType!.Name, e.Place == null ? null : e.Place.Name, e.IsOnline,
                e.StartsAt!.Value, e.EndsAt!.Value, e.Sessions.Count, e.Capacity))
            .ToListAsync();
        var taken = await places.TakenAsync(rows.Select(r => r.Id).ToList());
        var own = await yours.OnEventsAsync(User.PersonId(), rows.Select(r => r.Id).ToList());
        Rows = rows.Select(r => r with
        {
            PlacesLeft = EventPlacesRule.PlacesLeft(r.Capacity, taken[r.Id]),
            YourPlace = own.GetValueOrDefault(r.Id) is { } b ? Domain.Bookings.YourPlace.Describe(b) : null,
            YourBookingId = own.GetValueOrDefault(r.Id) is { } live && Domain.Bookings.BookingLifecycle.IsLive(live.State) ? live.BookingId : null,
        }).ToList();
    }

    public string PageLink(int page) => Url.Page("/Events/Index", new
    {
        Filters.TypeId, Filters.PlaceId, From = Filters.From?.ToString("yyyy-MM-dd"), To = Filters.To?.ToString("yyyy-MM-dd"), Filters.Attend, p = page,
    })!;
}
