using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The leads' schedule: every event in a month, any status, as a calendar and as a list.</summary>
public class ScheduleModel(TrainingHubDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Title, string Type, string? Place, bool IsOnline, EventStatus Status, DateTimeOffset? StartsAt, int Sessions, int Trainers);
    public sealed record SessionOnDay(int EventId, string Title, EventStatus Status, DateTimeOffset StartsAt);
    public sealed record Option(int Id, string Name);

    public static readonly string[] FieldOrder = [.. EventFilters.FieldOrder, nameof(Status)];

    [BindProperty(SupportsGet = true)] public EventFilters Filters { get; set; } = new();
    [BindProperty(SupportsGet = true)] public EventStatus? Status { get; set; }
    /// <summary>The month shown, as yyyy-MM; this month when absent or unreadable.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public DateOnly FirstOfMonth { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Row> Undated { get; private set; } = [];
    public ILookup<DateOnly, SessionOnDay> SessionsByDay { get; private set; } = Enumerable.Empty<SessionOnDay>().ToLookup(s => default(DateOnly));
    public IReadOnlyList<Option> Types { get; private set; } = [];
    public IReadOnlyList<Option> Places { get; private set; } = [];

    public async Task OnGetAsync()
    {
        FirstOfMonth = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month : DateOnly.FromDateTime(LondonTime.ToLocal(clock.GetUtcNow()).DateTime).AddDays(1 - LondonTime.ToLocal(clock.GetUtcNow()).Day);
        Types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Id, t.Name)).ToListAsync();
        Places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync();
        var query = db.ProgrammeEvents.AsNoTracking();
        if (Status is { } status) query = query.Where(e => e.Status == status);
        BindingMessages.Replace(ModelState, nameof(Status), "Choose a status from the list");
        if (!Filters.Check(ModelState)) return;
        Filters.From ??= FirstOfMonth;
        Filters.To ??= FirstOfMonth.AddMonths(1).AddDays(-1);
        Rows = await Project(Filters.Apply(query).OrderBy(e => e.StartsAt)).ToListAsync();
        Undated = await Project(new EventFilters { TypeId = Filters.TypeId, PlaceId = Filters.PlaceId, Attend = Filters.Attend }
            .Apply(query).Where(e => e.StartsAt == null)).ToListAsync();
        await LoadCalendarAsync(query);
    }

    private static IQueryable<Row> Project(IQueryable<Data.Entities.Events.ProgrammeEvent> query) =>
        query.Select(e => new Row(e.Id, e.Title, e.EventType!.Name, e.Place == null ? null : e.Place.Name, e.IsOnline, e.Status,
            e.StartsAt, e.Sessions.Count, e.Trainers.Count));

    private async Task LoadCalendarAsync(IQueryable<Data.Entities.Events.ProgrammeEvent> query)
    {
        var weeks = MonthGrid.Weeks(FirstOfMonth.Year, FirstOfMonth.Month);
        var from = LondonTime.StartOfDay(weeks[0][0]);
        var to = LondonTime.StartOfDay(weeks[^1][^1].AddDays(1));
        var filtered = new EventFilters { TypeId = Filters.TypeId, PlaceId = Filters.PlaceId, Attend = Filters.Attend }.Apply(query);
        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => s.StartsAt >= from && s.StartsAt < to && filtered.Select(e => e.Id).Contains(s.ProgrammeEventId))
            .Select(s => new SessionOnDay(s.ProgrammeEventId, s.ProgrammeEvent!.Title, s.ProgrammeEvent.Status, s.StartsAt))
            .ToListAsync();
        SessionsByDay = sessions.OrderBy(s => s.StartsAt).ToLookup(s => LondonTime.DateOf(s.StartsAt));
    }

    public string MonthLink(int offset) => Url.Page("/Events/Schedule", new
    {
        Month = FirstOfMonth.AddMonths(offset).ToString("yyyy-MM"), Status, Filters.TypeId, Filters.PlaceId, Filters.Attend,
    })!;
}
