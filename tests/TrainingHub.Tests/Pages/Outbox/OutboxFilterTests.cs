using System.Net;
using AngleSharp.Html.Dom;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Pages.Outbox;

/// <summary>
/// The outbox narrowed by state, kind, event, recipient and UK due dates, through the page's GET form. Four messages:
/// sent and dropped ones to Amina about her place on the Reading course, a failed reminder to Tomás about his place in
/// Oxford, and an invitation to Tomás in doubt, due at 00:30 on 5 June UK time (23:30 on the 4th in UTC).
/// </summary>
public sealed class OutboxFilterTests : IAsyncLifetime
{
    private readonly OutboxPortal portal = new();
    private readonly Dictionary<string, long> messages = [];
    private HttpClient lead = null!;
    private int readingEvent;

    public async Task InitializeAsync()
    {
        var amina = await portal.PersonAsync("Amina", "Khan");
        var tomas = await portal.PersonAsync("Tomás", "O'Brien");
        var reading = await portal.BookingAsync("YOC training course, Reading", amina.Id);
        var oxford = await portal.BookingAsync("YOC training course, Oxford", tomas.Id);
        readingEvent = reading.EventId;
        messages["sent"] = await portal.MessageAsync(amina.Id, MessageKinds.BookingConfirmed, NotificationStatus.Sent,
            new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), reading.Subject, reply: "250 2.0.0 Ok: queued");
        messages["failed"] = await portal.MessageAsync(tomas.Id, "reminder-7-days", NotificationStatus.Failed,
            new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero), oxford.Subject, "The mail server refused the message.",
            "550 5.1.1 Mailbox unavailable");
        messages["dropped"] = await portal.MessageAsync(amina.Id, MessageKinds.BookingOffered, NotificationStatus.Dropped,
            new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero), reading.Subject);
        messages["unknown"] = await portal.MessageAsync(tomas.Id, MessageKinds.Invitation, NotificationStatus.DeliveryUnknown,
            new DateTimeOffset(2026, 6, 4, 23, 30, 0, TimeSpan.Zero), $"person:{tomas.Id}");
        lead = await portal.LeadAsync();
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    private async Task<IHtmlDocument> OutboxAsync(string query)
    {
        var response = await lead.GetAsync("/Outbox?" + query.Replace("{reading}", readingEvent.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PageHtml.ParseAsync(response);
    }

    private static List<long> Shown(IHtmlDocument page) =>
        page.QuerySelectorAll("#outbox tbody tr").Select(tr => long.Parse(tr.GetAttribute("data-id")!)).ToList();

    [Fact]
    public async Task The_event_list_holds_events_to_come_and_of_the_last_six_months_and_an_older_one_only_when_asked_for()
    {
        // Both courses started 30 days after the portal's first day; 230 days on they ran 200 days ago.
        portal.Clock.Advance(TimeSpan.FromDays(230));
        var banbury = await portal.BookingAsync("YOC training course, Banbury", (await portal.PersonAsync("Ruth", "Okafor")).Id);

        static List<string?> Listed(IHtmlDocument page) => page.QuerySelectorAll("select#Event option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", banbury.EventId.ToString()], Listed(await OutboxAsync("")));

        var asked = await OutboxAsync("Event={reading}");
        Assert.Equal(["", banbury.EventId.ToString(), readingEvent.ToString()], Listed(asked));
        Assert.Equal(readingEvent.ToString(), ((IHtmlSelectElement)asked.QuerySelector("select#Event")!).Value);
        Assert.Equal([messages["dropped"], messages["sent"]], Shown(asked));
    }

    [Fact]
    public async Task With_no_filter_every_message_shows_newest_first()
    {
        var page = await OutboxAsync("");

        Assert.Equal(new[] { "unknown", "dropped", "failed", "sent" }.Select(m => messages[m]), Shown(page));
        Assert.Equal("4 messages match (UK time)", page.TextOf("#outbox caption"));
    }

    [Theory]
    [InlineData("State=Failed", "failed")]
    [InlineData("State=Dropped", "dropped")]
    [InlineData("State=DeliveryUnknown", "unknown")]
    [InlineData("Kind=invitation", "unknown")]
    [InlineData("Kind=booking-confirmed", "sent")]
    [InlineData("Event={reading}", "sent,dropped")]
    [InlineData("Person=o%27brien", "failed,unknown")]
    [InlineData("Person=%20AMINA.KHAN%20", "sent,dropped")]
    [InlineData("Person=Tom%C3%A1s", "failed,unknown")]
    [InlineData("From.Day=3&From.Month=3&From.Year=2026&To.Day=5&To.Month=3&To.Year=2026", "failed")]
    [InlineData("To.Day=4&To.Month=6&To.Year=2026", "sent,failed,dropped")]
    [InlineData("From.Day=5&From.Month=6&From.Year=2026", "unknown")]
    [InlineData("From=2026-03-09", "dropped,unknown")]
    [InlineData("State=Failed&Person=amina", "")]
    [InlineData("Event={reading}&State=Sent", "sent")]
    public async Task Each_filter_narrows_the_outbox_to_the_messages_it_names(string query, string expected)
    {
        var page = await OutboxAsync(query);

        var shown = Shown(page);
        var wanted = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => messages[m]).ToList();
        Assert.Equal(wanted.Count, shown.Count);
        Assert.All(shown, id => Assert.Contains(id, wanted));
        Assert.Null(page.QuerySelector(".nhsuk-error-summary"));
    }

    [Fact]
    public async Task The_form_keeps_the_filter_it_shows()
    {
        var page = await OutboxAsync("State=Failed&Kind=reminder-7-days&Event={reading}&Person=khan&From.Day=3&From.Month=3&From.Year=2026");

        Assert.Equal("Failed", ((IHtmlSelectElement)page.QuerySelector("select#State")!).Value);
        Assert.Equal("reminder-7-days", ((IHtmlSelectElement)page.QuerySelector("select#Kind")!).Value);
        var chosenEvent = (IHtmlSelectElement)page.QuerySelector("select#Event")!;
        Assert.Equal(readingEvent.ToString(), chosenEvent.Value);
        Assert.Equal("YOC training course, Reading, 31 July 2026", chosenEvent.SelectedOptions[0].TextContent);
        Assert.Equal("khan", ((IHtmlInputElement)page.QuerySelector("input#Person")!).Value);
        Assert.Equal("3", ((IHtmlInputElement)page.QuerySelector("input#From")!).Value);
        Assert.Equal("2026", ((IHtmlInputElement)page.QuerySelector("input#From_Year")!).Value);
    }

    [Theory]
    [InlineData("From.Day=31&From.Month=2&From.Year=2026", "From", "The 'from' date must be a real date")]
    [InlineData("To.Day=4&To.Month=13&To.Year=2026", "To", "The 'to' date must be a real date")]
    [InlineData("From.Day=5&From.Month=&From.Year=2026", "From", "The 'from' date must be a real date")]
    [InlineData("From.Day=5&From.Month=3&From.Year=2026&To.Day=3&To.Month=3&To.Year=2026", "To", "The 'to' date must be the same as or after the 'from' date")]
    [InlineData("State=Lost", "State", "Choose a state from the list")]
    [InlineData("State=3", "State", "Choose a state from the list")]
    [InlineData("Kind=no-such-kind", "Kind", "Choose a kind of message from the list")]
    [InlineData("Event=999999", "Event", "Choose an event from the list")]
    [InlineData("Event=reading", "Event", "Choose an event from the list")]
    public async Task Bad_filter_input_is_named_in_the_error_summary_and_shows_no_list(string query, string field, string error)
    {
        var page = await OutboxAsync(query);

        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        var link = Assert.Single(links);
        Assert.Equal(error, link.TextContent);
        Assert.Equal("#" + field, link.GetAttribute("href"));
        Assert.Contains(error, page.TextOf($"#{field}-error"));
        Assert.Null(page.QuerySelector("#outbox"));
    }

    [Fact]
    public async Task An_impossible_date_is_shown_back_as_typed()
    {
        var page = await OutboxAsync("From.Day=31&From.Month=2&From.Year=2026");

        Assert.Equal("31", ((IHtmlInputElement)page.QuerySelector("input#From")!).Value);
        Assert.Equal("2", ((IHtmlInputElement)page.QuerySelector("input#From_Month")!).Value);
    }

    [Fact]
    public async Task A_dropped_or_failed_message_says_why_and_what_the_mail_server_said()
    {
        var page = await OutboxAsync("");
        string Cell(string message, string selector) =>
            page.QuerySelector($"#outbox tr[data-id='{messages[message]}'] {selector}")?.TextContent.Trim() ?? "";

        Assert.Equal("The mail server refused the message.", Cell("failed", ".outbox-why"));
        Assert.Equal("Mail server's reply: 550 5.1.1 Mailbox unavailable", Cell("failed", ".outbox-reply"));
        Assert.Equal(MessageWords.Why(NotificationStatus.Dropped, null), Cell("dropped", ".outbox-why"));
        Assert.Equal("", Cell("sent", ".outbox-why"));
        Assert.Equal("Mail server's reply: 250 2.0.0 Ok: queued", Cell("sent", ".outbox-reply"));
        Assert.Equal(MessageWords.Status(NotificationStatus.DeliveryUnknown), Cell("unknown", ".outbox-status"));
    }

    [Fact]
    public async Task Only_a_failed_or_in_doubt_message_offers_a_resend()
    {
        var page = await OutboxAsync("");

        var offered = page.QuerySelectorAll("#outbox tr").Where(tr => tr.QuerySelector("a.outbox-resend") is not null)
            .Select(tr => long.Parse(tr.GetAttribute("data-id")!)).ToList();
        Assert.Equal(2, offered.Count);
        Assert.All(offered, id => Assert.Contains(id, new[] { messages["failed"], messages["unknown"] }));
        Assert.Equal($"/Outbox/Resend/{messages["failed"]}",
            page.QuerySelector($"#outbox tr[data-id='{messages["failed"]}'] a.outbox-resend")!.GetAttribute("href"));
    }
}
