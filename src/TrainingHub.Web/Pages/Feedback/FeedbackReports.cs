using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>Which events a report covers. All optional; dates are UK dates of the event's first session.</summary>
public sealed class ReportFilter
{
    public int? EventId { get; set; }
    public int? TrainerId { get; set; }
    public int? EventTypeId { get; set; }
    public int? PlaceId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>
/// One event's row. The report keeps every event's counts (nationally tens of thousands of rows) and works out the
/// figures only for the rows shown or exported: kept worked out, the rows held 40 MB.
/// </summary>
public sealed record EventFigures(int EventId, string Title, DateTimeOffset? StartsAt, string EventType, string? Place, int Completed, FeedbackTally Tally)
{
    public FeedbackFigures Figures => FeedbackFigures.From(Completed, Tally);
}

public sealed record Quote(string EventTitle, string Question, string Text);
public sealed record FeedbackReport(FeedbackFigures Overall, IReadOnlyList<EventFigures> Events, IReadOnlyList<Quote> Quotes);

/// <summary>
/// The feedback reports. Leads see every event; a trainer only the events they delivered. Nothing here carries a
/// person: answers are read without their booking, and comments only where the attendee allowed quoting.
/// </summary>
public sealed class FeedbackReports(TrainingHubDbContext db, ReportCache cache)
{
    /// <summary>The events a viewer may report on: all for a lead, else only those the trainer delivered.</summary>
    public IQueryable<ProgrammeEvent> EventsFor(int? onlyTrainerId) =>
        db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Status != EventStatus.Cancelled && e.Status != EventStatus.Draft)
            .Where(e => onlyTrainerId == null || e.Trainers.Any(t => t.PersonId == onlyTrainerId));

    /// <summary>What the report's filters offer: the latest events matching the other filters (and whether more do), the trainers, types and places.</summary>
    public sealed record FilterChoices(OptionList Events, bool EventsCut, OptionList Trainers, OptionList EventTypes, OptionList Places);

    public static string Key(ReportFilter f) => $"{f.EventId} {f.TrainerId} {f.EventTypeId} {f.PlaceId} {f.From:O} {f.To:O}";

    public static ReportsModel.Option EventOption(int id, string title, DateTimeOffset? startsAt) =>
        new(id, startsAt is { } s ? $"{title}, {LondonTime.ToLocal(s):d MMM yyyy}" : title);

    public async Task<FilterChoices> ChoicesAsync(int? onlyTrainerId, ReportFilter others, int mostEvents)
    {
        var latest = await Filtered(EventsFor(onlyTrainerId), others).OrderByDescending(e => e.StartsAt).Take(mostEvents + 1)
            .Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync();
        var trainerIds = EventsFor(onlyTrainerId).SelectMany(e => e.Trainers).Select(t => t.PersonId);
        var trainers = await db.People.AsNoTracking().Where(p => trainerIds.Contains(p.Id))
            .OrderBy(p => p.FamilyName).Select(p => new ReportsModel.Option(p.Id, p.GivenName + " " + p.FamilyName)).ToListAsync();
        var types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new ReportsModel.Option(t.Id, t.Name)).ToListAsync();
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new ReportsModel.Option(p.Id, p.Name)).ToListAsync();
        return new FilterChoices(new(latest.Take(mostEvents).Select(e => EventOption(e.Id, e.Title, e.StartsAt)).ToList()), latest.Count > mostEvents,
            new(trainers), new(types), new(places));
    }

    /// <summary>The report for this viewer and filter, shared until the data changes (see <see cref="ReportCache"/>).</summary>
    public Task<FeedbackReport> RunAsync(int? onlyTrainerId, ReportFilter filter)
    {
        var key = $"feedback {onlyTrainerId} {Key(filter)}";
        return cache.GetAsync<FeedbackReports, FeedbackReport>(key, reports => reports.WorkOutAsync(onlyTrainerId, filter));
    }

    private async Task<FeedbackReport> WorkOutAsync(int? onlyTrainerId, ReportFilter filter)
    {
        var events = Filtered(EventsFor(onlyTrainerId), filter)
            .Where(e => db.Bookings.Any(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Attended));
        var (overall, rows) = await FiguresAsync(events);
        return new FeedbackReport(overall, rows, await QuotesAsync(events.Select(e => e.Id)));
    }

    /// <summary>
    /// Figures (never comments) for the events a trainer delivered that are over: completed, or ended by <paramref name="now"/>.
    /// </summary>
    public Task<(FeedbackFigures Overall, IReadOnlyList<EventFigures> Events)> DeliveredByAsync(int trainerId, DateTimeOffset now) =>
        FiguresAsync(EventsFor(trainerId).Where(e => e.Status == EventStatus.Completed || e.EndsAt < now));

    /// <summary>Per-event and overall figures in two queries whatever the number of events or answers.</summary>
    private async Task<(FeedbackFigures Overall, IReadOnlyList<EventFigures> Events)> FiguresAsync(IQueryable<ProgrammeEvent> scope)
    {
        var events = await scope
            .OrderBy(e => e.StartsAt)
            .Select(e => new
            {
                e.Id, e.Title, e.StartsAt, Type = e.EventType!.Name, Place = e.Place == null ? null : e.Place.Name,
                Completed = db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Attended && b.CompletedAt != null),
            })
            .ToListAsync();
        var tallies = await TalliesAsync(scope.Select(e => e.Id));
        // Interned: tens of thousands of rows name the same few types and places.
        var rows = events.Select(e => new EventFigures(e.Id, e.Title, e.StartsAt, string.Intern(e.Type), e.Place is null ? null : string.Intern(e.Place),
            e.Completed, tallies.GetValueOrDefault(e.Id, FeedbackTally.None))).ToList();
        var overall = FeedbackFigures.From(events.Sum(e => e.Completed), FeedbackTally.Sum(tallies.Values));
        return (overall, rows);
    }

    /// <summary>
    /// The figures over a set of events chosen elsewhere (the delivery page's delivered events), counted the same
    /// way as this report's overall row: responses from attendees still recorded as having completed.
    /// </summary>
    public async Task<FeedbackFigures> OverallForAsync(IQueryable<int> eventIds, CancellationToken cancellationToken = default)
    {
        var completed = await db.Bookings.AsNoTracking()
            .CountAsync(b => eventIds.Contains(b.ProgrammeEventId) && b.State == BookingState.Attended && b.CompletedAt != null, cancellationToken);
        var tallies = await TalliesAsync(eventIds, cancellationToken);
        return FeedbackFigures.From(completed, FeedbackTally.Sum(tallies.Values));
    }

    /// <summary>Each event's answers counted by the database: one row per event, however many answered.</summary>
    private async Task<Dictionary<int, FeedbackTally>> TalliesAsync(IQueryable<int> eventIds, CancellationToken cancellationToken = default)
    {
        var rows = await Answered(eventIds)
            .GroupBy(r => r.ProgrammeEventId)
            .Select(g => new
            {
                EventId = g.Key,
                Tally = new FeedbackTally(
                    g.Count(), g.Sum(r => r.OverallRating),
                    new[]
                    {
                        g.Count(r => r.OverallRating == 1), g.Count(r => r.OverallRating == 2), g.Count(r => r.OverallRating == 3),
                        g.Count(r => r.OverallRating == 4), g.Count(r => r.OverallRating == 5),
                    },
                    g.Count(r => r.BetterUnderstanding != null), g.Count(r => r.BetterUnderstanding >= Agreement.Agree),
                    new Total(g.Sum(r => r.ConfidenceBefore ?? 0), g.Count(r => r.ConfidenceBefore != null)),
                    new Total(g.Sum(r => r.ConfidenceAfter ?? 0), g.Count(r => r.ConfidenceAfter != null)),
                    new Total(
                        g.Sum(r => r.ConfidenceBefore != null && r.ConfidenceAfter != null ? r.ConfidenceAfter.Value - r.ConfidenceBefore.Value : 0),
                        g.Count(r => r.ConfidenceBefore != null && r.ConfidenceAfter != null)),
                    g.Count(r => r.TrainingNeeds != null),
                    new[]
                    {
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.LowMoodAndPsychological) == TrainingNeeds.LowMoodAndPsychological),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.Dementia) == TrainingNeeds.Dementia),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.Musculoskeletal) == TrainingNeeds.Musculoskeletal),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.MultipleLongTermConditions) == TrainingNeeds.MultipleLongTermConditions),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.Frailty) == TrainingNeeds.Frailty),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.ConversationSkills) == TrainingNeeds.ConversationSkills),
                        g.Count(r => (r.TrainingNeeds & TrainingNeeds.Other) == TrainingNeeds.Other),
                    }),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.EventId, r => r.Tally);
    }

    public static IQueryable<ProgrammeEvent> Filtered(IQueryable<ProgrammeEvent> events, ReportFilter f)
    {
        if (f.EventId is { } eventId) events = events.Where(e => e.Id == eventId);
        if (f.TrainerId is { } trainerId) events = events.Where(e => e.Trainers.Any(t => t.PersonId == trainerId));
        if (f.EventTypeId is { } typeId) events = events.Where(e => e.EventTypeId == typeId);
        if (f.PlaceId is { } placeId) events = events.Where(e => e.PlaceId == placeId);
        if (f.From is { } from)
        {
            var start = LondonTime.StartOfDay(from);
            events = events.Where(e => e.StartsAt >= start);
        }
        if (f.To is { } to)
        {
            var end = LondonTime.StartOfDay(to.AddDays(1));
            events = events.Where(e => e.StartsAt < end);
        }
        return events;
    }

    /// <summary>Responses that count: from attendees still recorded as having completed the event.</summary>
    private IQueryable<Data.Entities.Feedback.FeedbackResponse> Answered(IQueryable<int> eventIds) =>
        db.FeedbackResponses.AsNoTracking()
            .Where(r => eventIds.Contains(r.ProgrammeEventId) && r.Booking!.State == BookingState.Attended && r.Booking.CompletedAt != null);

    private async Task<IReadOnlyList<Quote>> QuotesAsync(IQueryable<int> eventIds)
    {
        var quotable = await Answered(eventIds).Where(r => r.MayQuote && (r.MostUseful != null || r.ToImprove != null))
            .OrderBy(r => r.ProgrammeEvent!.StartsAt).ThenBy(r => r.MostUseful)
            .Select(r => new { r.ProgrammeEvent!.Title, r.MostUseful, r.ToImprove })
            .ToListAsync();
        // One copy of each event's title, however many of its attendees are quoted.
        var titles = new Dictionary<string, string>();
        return quotable.SelectMany(r =>
        {
            var title = titles.TryAdd(r.Title, r.Title) ? r.Title : titles[r.Title];
            return new[]
            {
                r.MostUseful is null ? null : new Quote(title, "Most useful", r.MostUseful),
                r.ToImprove is null ? null : new Quote(title, "To improve", r.ToImprove),
            };
        }).OfType<Quote>().ToList();
    }
}
