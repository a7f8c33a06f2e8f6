using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>Feedback figures for leads (every event) and trainers (the events they delivered), filtered, with a CSV export.</summary>
public class ReportsModel(FeedbackReports reports, ReportCache cache) : PortalPageModel
{
    public sealed record Option(int Id, string Name);

    /// <summary>A national programme runs tens of thousands of events: the event list offers the latest that match the other filters.</summary>
    public const int MostEventOptions = 300;

    [BindProperty(SupportsGet = true)] public ReportFilter Filter { get; set; } = new();
    public FeedbackReport? Report { get; private set; }
    public OptionList Events { get; private set; } = new([]);
    public OptionList Trainers { get; private set; } = new([]);
    public OptionList EventTypes { get; private set; } = new([]);
    public OptionList Places { get; private set; } = new([]);
    public bool EventOptionsCut { get; private set; }
    public TablePage<EventFigures>? EventPage { get; private set; }
    public TablePage<Quote>? QuotePage { get; private set; }
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);

    /// <summary>Null for a lead (everything); otherwise the trainer's own person id.</summary>
    private int? OnlyTrainerId => IsLead ? null : User.PersonId() ?? -1;

    public async Task OnGetAsync()
    {
        await LoadOptionsAsync();
        if (!Check()) return;
        Report = await reports.RunAsync(OnlyTrainerId, Filter);
        EventPage = TablePage<EventFigures>.Of(Report.Events, Request, "events", "feedback by event");
        QuotePage = TablePage<Quote>.Of(Report.Quotes, Request, "quotes", "comments", size: 20);
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!Check())
        {
            await LoadOptionsAsync();
            return Page();
        }
        var report = await reports.RunAsync(OnlyTrainerId, Filter);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ToCsv(report))).ToArray(), "text/csv", "feedback-report.csv");
    }

    private bool Check()
    {
        BindingMessages.Replace(ModelState, "Filter.From", "The ‘from’ date must be a real date");
        BindingMessages.Replace(ModelState, "Filter.To", "The ‘to’ date must be a real date");
        BindingMessages.Replace(ModelState, "Filter.EventId", "Choose an event from the list");
        BindingMessages.Replace(ModelState, "Filter.TrainerId", "Choose a trainer from the list");
        BindingMessages.Replace(ModelState, "Filter.EventTypeId", "Choose an event type from the list");
        BindingMessages.Replace(ModelState, "Filter.PlaceId", "Choose a place from the list");
        if (Filter is { From: { } from, To: { } to } && to < from)
            ModelState.AddModelError("Filter.To", "The ‘to’ date must be the same as or after the ‘from’ date");
        return ModelState.IsValid;
    }

    private static string ToCsv(FeedbackReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        string[] header = ["Event", "Date", "Event type", "Place", "Completed", "Responses", "Response rate %", "Better understanding: agree or strongly agree %",
            "Better understanding answers", "Mean confidence before", "Mean confidence after", "Confidence shift", "Mean overall rating"];
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var e in report.Events)
            Write(csv, [e.Title, e.StartsAt is { } s ? LondonTime.DateOf(s).ToString("yyyy-MM-dd") : "", e.EventType, e.Place ?? ""], e.Figures);
        Write(csv, ["All events in this report", "", "", ""], report.Overall);
        return text.ToString();
    }

    private static void Write(CsvWriter csv, string[] about, Domain.Feedback.FeedbackFigures f)
    {
        foreach (var text in about) csv.WriteField(SpreadsheetSafe.Cell(text));
        // Numbers go as plain numbers (a shift of -0.5 stays a number); blank where there is nothing to count.
        object?[] numbers =
        [
            f.ResponseRate.Of, f.Responses, f.ResponseRate.Percent,
            f.BetterUnderstanding.IsWithheld ? Domain.Feedback.FeedbackFigures.WithheldText : f.BetterUnderstanding.Percent, f.BetterUnderstanding.Of,
            f.ConfidenceBefore.Display(""), f.ConfidenceAfter.Display(""), f.ConfidenceShift.Display(""), f.OverallRating.Display(""),
        ];
        foreach (var n in numbers) csv.WriteField(n is IFormattable v ? v.ToString(null, CultureInfo.InvariantCulture) : n as string ?? "");
        csv.NextRecord();
    }

    /// <summary>The filters' choices, shared like the report itself: they read every event and trainer the viewer may see.</summary>
    private async Task LoadOptionsAsync()
    {
        var only = OnlyTrainerId;
        var offeredFilter = new ReportFilter
        {
            TrainerId = Filter.TrainerId, EventTypeId = Filter.EventTypeId, PlaceId = Filter.PlaceId, From = Filter.From, To = Filter.To,
        };
        var choices = await cache.GetAsync<FeedbackReports, FeedbackReports.FilterChoices>(
            $"feedback choices {only} {FeedbackReports.Key(offeredFilter)}", reports => reports.ChoicesAsync(only, offeredFilter, MostEventOptions));
        var events = choices.Events;
        // The chosen event stays on offer even when the other filters would leave it out.
        if (Filter.EventId is { } chosen && events.Options.All(e => e.Id != chosen))
        {
            var extra = await reports.EventsFor(only).Where(e => e.Id == chosen).Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync();
            events = new([.. events.Options, .. extra.Select(e => FeedbackReports.EventOption(e.Id, e.Title, e.StartsAt))]);
        }
        (Events, EventOptionsCut, Trainers, EventTypes, Places) = (events, choices.EventsCut, choices.Trainers, choices.EventTypes, choices.Places);
    }
}
