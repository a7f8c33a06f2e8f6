using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Outbox;

namespace TrainingHub.Tests.Pages.Outbox;

/// <summary>A lead sends a failed or in-doubt message again through a confirmation page; a second press sends nothing more.</summary>
public sealed class ResendTests : IAsyncLifetime
{
    private readonly OutboxPortal portal = new();
    private Person amina = null!;
    private HttpClient lead = null!;

    public async Task InitializeAsync()
    {
        amina = await portal.PersonAsync("Amina", "Khan");
        lead = await portal.LeadAsync();
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    private Task<long> FailedAsync() => portal.MessageAsync(amina.Id, MessageKinds.BookingConfirmed, NotificationStatus.Failed,
        new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero), error: "The mail server refused the message.", reply: "550 5.1.1 Mailbox unavailable");

    private Task<Notification> RowAsync(long id) => portal.Factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    private Task<List<AuditEntry>> ResendsLoggedAsync() =>
        portal.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityKind == MessageResend.AuditedAs).ToListAsync());

    private Task<HttpResponseMessage> PostAsync(long id, string token) =>
        lead.PostAsync($"/Outbox/Resend/{id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

    [Fact]
    public async Task The_confirmation_page_says_what_will_happen_and_who_gets_it()
    {
        var id = await FailedAsync();

        var page = PageHtml.Parse(await lead.GetPageAsync($"/Outbox/Resend/{id}"));

        Assert.Equal("Send this message again?", page.TextOf("h1"));
        Assert.Equal($"Amina Khan ({amina.WorkEmail})", page.TextOf("#recipient"));
        Assert.Equal("The mail server refused the message.", page.TextOf("#why"));
        Assert.Equal("550 5.1.1 Mailbox unavailable", page.TextOf("#reply"));
        Assert.Contains($"is sent to Amina Khan at {amina.WorkEmail}", page.TextOf("#what-happens"));
        var form = (IHtmlFormElement)page.QuerySelector("main form[method='post']")!;
        Assert.Equal($"/Outbox/Resend/{id}", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal("Confirm and send again", form.QuerySelector("button")!.TextContent.Trim());
        var cancel = page.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Cancel"));
        Assert.Equal("/Outbox", cancel.GetAttribute("href"));
    }

    [Fact]
    public async Task Confirming_queues_the_failed_message_again_once_and_a_second_press_changes_nothing()
    {
        var id = await FailedAsync();
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync($"/Outbox/Resend/{id}"));
        var before = await RowAsync(id);

        var first = await PostAsync(id, token);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/Outbox", first.Headers.Location?.OriginalString);
        var banner = PageHtml.Parse(await lead.GetPageAsync("/Outbox"));
        var queued = await RowAsync(id);
        var second = await PostAsync(id, token);
        var again = PageHtml.Parse(await lead.GetPageAsync("/Outbox"));

        Assert.Equal("Place confirmed to Amina Khan is queued to send again.", banner.TextOf(".nhsuk-notification-banner__heading"));
        Assert.Equal(NotificationStatus.Pending, queued.Status);
        Assert.Equal(portal.Clock.GetUtcNow(), queued.DueAt);
        Assert.Equal(before.Attempts, queued.Attempts);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Place confirmed to Amina Khan is already queued to send again.", again.TextOf(".nhsuk-notification-banner__heading"));
        Assert.Equal(queued.DueAt, (await RowAsync(id)).DueAt);
        Assert.Equal(1, await portal.Factory.WithDbAsync(db => db.Notifications.CountAsync()));
        var logged = Assert.Single(await ResendsLoggedAsync());
        Assert.Equal(AuditKind.Changed, logged.Kind);
        Assert.Equal(id.ToString(), logged.EntityId);
        Assert.Equal("{\"Status\":\"Failed\"}", logged.Before);
        Assert.Equal("{\"Status\":\"Pending\"}", logged.After);
    }

    [Fact]
    public async Task Two_presses_at_once_queue_the_message_once()
    {
        var id = await portal.MessageAsync(amina.Id, MessageKinds.Invitation, NotificationStatus.DeliveryUnknown,
            new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync($"/Outbox/Resend/{id}"));

        var responses = await Task.WhenAll(PostAsync(id, token), PostAsync(id, token));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(NotificationStatus.Pending, (await RowAsync(id)).Status);
        var logged = Assert.Single(await ResendsLoggedAsync());
        Assert.Equal("{\"Status\":\"DeliveryUnknown\"}", logged.Before);
    }

    [Theory]
    [InlineData(NotificationStatus.Sent, "sent")]
    [InlineData(NotificationStatus.Dropped, "not sent")]
    public async Task A_message_sent_or_dropped_cannot_be_resent(NotificationStatus status, string words)
    {
        var id = await portal.MessageAsync(amina.Id, MessageKinds.BookingConfirmed, status, new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));
        var other = await FailedAsync();
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync($"/Outbox/Resend/{other}"));

        var page = PageHtml.Parse(await lead.GetPageAsync($"/Outbox/Resend/{id}"));
        var refused = await PostAsync(id, token);
        var refusal = await PageHtml.ParseAsync(refused);

        Assert.Equal($"This message cannot be sent again: it is {words}.", page.TextOf("#cannot-resend"));
        Assert.Null(page.QuerySelector("main form[method='post']"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal($"This message cannot be sent again: it is {words}", refusal.TextOf(".nhsuk-error-summary__list a"));
        Assert.Equal(status, (await RowAsync(id)).Status);
        Assert.Empty(await ResendsLoggedAsync());
    }

    [Fact]
    public async Task A_message_that_does_not_exist_is_not_found()
    {
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync($"/Outbox/Resend/{await FailedAsync()}"));

        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/Outbox/Resend/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(987654, token)).StatusCode);
    }
}
