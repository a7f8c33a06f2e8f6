using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Authorization;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Messages;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>A lead or the event's trainer writes to the people on an event: previewed, queued once per person, recorded in its history.</summary>
public sealed class MessageAttendeesTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly MessagesPortal portal;

    public MessageAttendeesTests() =>
        portal = new MessagesPortal(clock, smtp, Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        portal.Dispose();
        smtp.Dispose();
    }

    private Task<Person> TrainerAsync() => portal.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private Task<ProgrammeEvent> EventAsync(int trainerId) => portal.WithDbAsync(async db =>
    {
        var start = clock.GetUtcNow().AddDays(30);
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = "YOC training course, Reading", VenueName = "Town Hall", Capacity = 20, Status = EventStatus.Published,
            CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            Sessions = [new EventSession { StartsAt = start, EndsAt = start.AddHours(6) }],
            Trainers = [new EventTrainer { PersonId = trainerId, Role = TrainerRole.Lead }],
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    private async Task<Person> BookedAsync(int eventId, BookingState state = BookingState.Booked)
    {
        var person = await portal.Data.PersonAsync();
        await portal.WithDbAsync(async db =>
        {
            db.Bookings.Add(TestBookings.In(state, eventId, person.Id, clock.GetUtcNow().AddDays(-2), movedAt: clock.GetUtcNow().AddDays(-1)));
            await db.SaveChangesAsync();
        });
        return person;
    }

    private Task RenameAsync(int personId, string given, string family) => portal.WithDbAsync(db => db.People.Where(p => p.Id == personId)
        .ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, given).SetProperty(p => p.FamilyName, family)));

    /// <summary>The form as a browser has it after the GET: its antiforgery token and the message id it was given.</summary>
    private sealed record Form(HttpClient Client, int EventId, string Token, string MessageId)
    {
        public Task<HttpResponseMessage> PostAsync(string handler, string subject, string body, bool includeWaiting = false) =>
            Client.PostAsync($"/Events/Message/{EventId}?handler={handler}", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", Token), new("Input.MessageId", MessageId), new("Input.Subject", subject),
                new("Input.Body", body), new("Input.IncludeWaiting", includeWaiting ? "true" : "false"),
            ]));
    }

    private static async Task<Form> OpenAsync(HttpClient client, int eventId)
    {
        var html = await client.GetPageAsync($"/Events/Message/{eventId}");
        var messageId = PageHtml.Parse(html).QuerySelector("input[name='Input.MessageId']")?.GetAttribute("value");
        Assert.True(Guid.TryParse(messageId, out _), "The form carries a message id");
        return new Form(client, eventId, Forms.AntiforgeryToken(html), messageId!);
    }

    private Task<List<Notification>> QueuedAsync(int eventId) => portal.WithDbAsync(async db =>
    {
        var bookings = await db.Bookings.Where(b => b.ProgrammeEventId == eventId).Select(b => "booking:" + b.Id).ToListAsync();
        return await db.Notifications.AsNoTracking()
            .Where(n => n.Kind == MessageKinds.EventMessage && bookings.Contains(n.Subject)).OrderBy(n => n.Id).ToListAsync();
    });

    private Task<List<string>> HistoryAsync(int eventId) => portal.WithDbAsync(db =>
        db.EventChanges.Where(c => c.ProgrammeEventId == eventId).OrderBy(c => c.Id).Select(c => c.Summary).ToListAsync());

    [Fact]
    public async Task A_message_goes_to_everyone_booked_and_to_people_waiting_only_when_chosen_and_never_to_cancelled_places()
    {
        var trainer = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        var amina = await BookedAsync(e.Id);
        var ben = await BookedAsync(e.Id);
        var cancelled = await BookedAsync(e.Id, BookingState.Cancelled);
        var waiting = await BookedAsync(e.Id, BookingState.Waitlisted);
        var client = portal.CreateClientFor(trainer.Id);

        var response = await (await OpenAsync(client, e.Id)).PostAsync("Send", "Parking at the Town Hall", "Use the **rear** car park.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Message sent: 2 people are emailed \"Parking at the Town Hall\".", page.TextOf(".nhsuk-notification-banner__heading"));
        var first = await QueuedAsync(e.Id);
        Assert.Equal(new[] { amina.Id, ben.Id }, first.Select(n => n.RecipientPersonId).Order());
        Assert.Single(first.Select(n => n.Occurrence).Distinct());

        await (await OpenAsync(client, e.Id)).PostAsync("Send", "Bring your laptop", "Please bring a laptop.", includeWaiting: true);

        var second = (await QueuedAsync(e.Id)).Where(n => n.Occurrence != first[0].Occurrence).ToList();
        Assert.Equal(new[] { amina.Id, ben.Id, waiting.Id }.Order(), second.Select(n => n.RecipientPersonId).Order());
        Assert.DoesNotContain(cancelled.Id, (await QueuedAsync(e.Id)).Select(n => n.RecipientPersonId));
        Assert.Equal(
            ["Message sent to 2 people (booked): Parking at the Town Hall", "Message sent to 3 people (booked and waiting): Bring your laptop"],
            await HistoryAsync(e.Id));
    }

    [Fact]
    public async Task Typed_words_with_script_and_apostrophes_are_previewed_and_sent_as_words_even_to_someone_who_opted_out()
    {
        var trainer = await TrainerAsync();
        await RenameAsync(trainer.Id, "Ciarán", "O'Brien <script>alert(1)</script>");
        var e = await EventAsync(trainer.Id);
        var siobhan = await BookedAsync(e.Id);
        await RenameAsync(siobhan.Id, "Siobhán <b>", "O'Neill");
        await portal.WithDbAsync(async db =>
        {
            db.MessagePreferences.Add(new MessagePreference { PersonId = siobhan.Id, OptedOutOfNonEssential = true, UpdatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync();
        });
        var form = await OpenAsync(portal.CreateClientFor(trainer.Id), e.Id);
        const string subject = "Don't miss <script>alert('s')</script>";
        const string body = "<script>alert('x')</script>\n\nBring O'Neill's notes & [a link](javascript:alert(1)).";

        var preview = await PageHtml.ParseAsync(await form.PostAsync("Preview", subject, body));

        Assert.Equal(subject, preview.TextOf("#preview-subject"));
        AssertShownAsWords(preview.QuerySelector("#preview-body")!, "Siobhán <b>");
        await form.PostAsync("Send", subject, body);
        await portal.DispatchAsync();

        var sent = Assert.Single(await QueuedAsync(e.Id));
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Equal(subject, sent.RenderedSubject);
        AssertShownAsWords(PageHtml.Parse(sent.RenderedHtml!).Body!, "Siobhán <b>");
        Assert.Contains("<script>alert('x')</script>", sent.RenderedText);
        Assert.Equal(subject, Assert.Single(Received.All(smtp), m => m.To == siobhan.WorkEmail && m.Subject == subject).Subject);
    }

    private static void AssertShownAsWords(AngleSharp.Dom.IElement shown, string givenName)
    {
        Assert.Empty(shown.QuerySelectorAll("script, b"));
        Assert.DoesNotContain(shown.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        var text = shown.TextContent;
        Assert.Contains("Dear " + givenName, text);
        Assert.Contains("Ciarán O'Brien <script>alert(1)</script> sent this message", text);
        Assert.Contains("<script>alert('x')</script>", text);
        Assert.Contains("Bring O'Neill's notes & a link.", text);
    }

    [Fact]
    public async Task Posting_the_same_message_twice_sends_it_once()
    {
        var lead = await portal.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        await BookedAsync(e.Id);
        await BookedAsync(e.Id);
        var form = await OpenAsync(portal.CreateClientFor(lead.Id), e.Id);

        var responses = new[] { await form.PostAsync("Send", "Room change", "We are in room 2."), await form.PostAsync("Send", "Room change", "We are in room 2.") };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(2, (await QueuedAsync(e.Id)).Count);
        Assert.Single(await HistoryAsync(e.Id));

        // And at the same moment: the outbox's unique key lets one post's rows in and the other finds them.
        var again = await OpenAsync(portal.CreateClientFor(lead.Id), e.Id);
        var together = await Task.WhenAll(again.PostAsync("Send", "Lunch", "Lunch is provided."), again.PostAsync("Send", "Lunch", "Lunch is provided."));

        Assert.All(together, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(4, (await QueuedAsync(e.Id)).Count);
        Assert.Equal(2, (await HistoryAsync(e.Id)).Count);
        await portal.DispatchAsync();
        Assert.Equal(2, Received.All(smtp).Count(m => m.Subject == "Room change"));
        Assert.Equal(2, Received.All(smtp).Count(m => m.Subject == "Lunch"));
    }

    [Fact]
    public async Task Missing_or_overlong_words_are_shown_in_the_error_summary_and_nothing_is_queued()
    {
        var trainer = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        await BookedAsync(e.Id);
        var form = await OpenAsync(portal.CreateClientFor(trainer.Id), e.Id);

        var empty = await form.PostAsync("Send", "", "  ");
        var overlong = await form.PostAsync("Preview", "Room change", new string('x', 5001));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await PageHtml.ParseAsync(empty);
        var errors = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Enter a subject", "#Input_Subject"), ("Enter your message", "#Input_Body")], errors);
        Assert.NotNull(page.QuerySelector("#Input_Subject.nhsuk-input--error"));
        var tooLong = await PageHtml.ParseAsync(overlong);
        Assert.Equal("Message must be 5,000 characters or fewer", tooLong.TextOf(".nhsuk-error-summary__list a"));
        Assert.Equal("Room change", tooLong.QuerySelector("#Input_Subject")?.GetAttribute("value"));
        Assert.Equal(5001, ((IHtmlTextAreaElement)tooLong.QuerySelector("#Input_Body")!).Value.Length);
        Assert.Null(tooLong.QuerySelector("#message-preview"));
        Assert.Empty(await QueuedAsync(e.Id));
        Assert.Empty(await HistoryAsync(e.Id));
    }

    [Fact]
    public async Task A_trainer_not_on_the_event_is_refused_and_their_post_queues_nothing()
    {
        var trainer = await TrainerAsync();
        var other = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        await BookedAsync(e.Id);
        var client = portal.CreateClientFor(other.Id);

        var opened = await client.GetAsync($"/Events/Message/{e.Id}");
        var token = Forms.AntiforgeryToken(await client.GetPageAsync("/Register/CheckIn"));
        var posted = await new Form(client, e.Id, token, Guid.NewGuid().ToString()).PostAsync("Send", "Hello", "Not my event.");

        Assert.Equal(Access.Forbidden, PageAccess.Classify(opened, "GET"));
        Assert.Equal(Access.Forbidden, PageAccess.Classify(posted, "POST"));
        Assert.Empty(await QueuedAsync(e.Id));
    }

    [Fact]
    public async Task The_event_page_offers_the_message_to_its_trainer_and_leads_but_not_to_attendees()
    {
        var lead = await portal.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        var attendee = await BookedAsync(e.Id);

        async Task<string?> LinkAsync(int personId, string page) =>
            PageHtml.Parse(await portal.CreateClientFor(personId).GetPageAsync($"/Events/{page}/{e.Id}"))
                .QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == "Message the people on this event")?.GetAttribute("href");

        Assert.Equal($"/Events/Message/{e.Id}", await LinkAsync(trainer.Id, "Details"));
        Assert.Equal($"/Events/Message/{e.Id}", await LinkAsync(lead.Id, "Details"));
        Assert.Equal($"/Events/Message/{e.Id}", await LinkAsync(lead.Id, "Manage"));
        Assert.Null(await LinkAsync(attendee.Id, "Details"));
    }
}
