using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;
using Microsoft.Extensions.Time.Testing;

namespace TrainingHub.Tests.Messages;

public sealed class OutboxDispatchTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));

    // One clock for the portals a test starts one after another on the same data, as if the process restarted.
    private readonly FakeTimeProvider clock = new(TestClock.Start);

    private PortalFactory Factory() => new PortalFactory().OnTestClock(clock)
        .With("TrainingHub:DataDirectory", dataDirectory)
        .With("Jobs:Enabled", "false")
        .With("Mail:Smtp:Host", "127.0.0.1")
        .With("Mail:Smtp:Port", smtp.Port.ToString())
        .With("Mail:Smtp:Security", "None");

    private static Dictionary<string, string> Values(string name) => new()
    {
        ["person.given_name"] = name, ["programme.name"] = "Thames Valley PCSP programme", ["sender.name"] = "Sam Lead",
    };

    private static async Task<bool> QueueAsync(PortalFactory factory, int personId, string name)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Outbox>()
            .QueueAsync("account-test", "account:" + personId, personId, "1", Values(name), factory.Now().AddMinutes(-1));
    }

    private static async Task<int> DispatchAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Each_person_gets_one_message_with_text_and_html_however_often_it_is_queued_and_dispatched()
    {
        using var factory = Factory();
        var amina = await factory.Data.PersonAsync();
        var ben = await factory.Data.PersonAsync();
        Assert.True(await QueueAsync(factory, amina.Id, "Amina"));
        Assert.True(await QueueAsync(factory, ben.Id, "Ben"));
        Assert.False(await QueueAsync(factory, amina.Id, "Amina"));

        await DispatchAsync(factory);
        await DispatchAsync(factory);

        var messages = smtp.Messages();
        Assert.Equal(2, messages.Count);
        Assert.Single(messages, m => m.StartsWith("X-Rcpt-To: " + amina.WorkEmail));
        Assert.Single(messages, m => m.StartsWith("X-Rcpt-To: " + ben.WorkEmail));
        Assert.All(messages, m =>
        {
            Assert.Contains("multipart/alternative", m);
            Assert.Contains("text/plain", m);
            Assert.Contains("text/html", m);
            Assert.DoesNotContain("{{", m);
        });
    }

    [Fact]
    public async Task A_process_that_died_mid_send_leaves_delivery_unknown_for_a_lead_and_a_restart_sends_only_the_rest()
    {
        int amina, ben;
        using (var first = Factory())
        {
            amina = (await first.Data.PersonAsync()).Id;
            ben = (await first.Data.PersonAsync()).Id;
            await QueueAsync(first, amina, "Amina");
            await QueueAsync(first, ben, "Ben");
            // Amina's row was claimed and perhaps handed to SMTP, then the process stopped before recording.
            await first.WithDbAsync(db => db.Notifications.Where(n => n.RecipientPersonId == amina)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Sending)
                    .SetProperty(n => n.LeaseUntil, clock.GetUtcNow().AddMinutes(-1))));
        }
        using var restarted = Factory();
        await DispatchAsync(restarted);
        await DispatchAsync(restarted);

        var message = Assert.Single(smtp.Messages());
        Assert.StartsWith("X-Rcpt-To: ", message);
        var statuses = await restarted.WithDbAsync(db => db.Notifications.AsNoTracking()
            .ToDictionaryAsync(n => n.RecipientPersonId, n => n.Status));
        Assert.Equal(NotificationStatus.DeliveryUnknown, statuses[amina]);
        Assert.Equal(NotificationStatus.Sent, statuses[ben]);
    }

    [Fact]
    public async Task A_person_who_opted_out_gets_essential_messages_but_not_announcements()
    {
        using var factory = Factory();
        var amina = await factory.Data.PersonAsync();
        await factory.WithDbAsync(db =>
        {
            db.MessagePreferences.Add(new MessagePreference { PersonId = amina.Id, OptedOutOfNonEssential = true });
            return db.SaveChangesAsync();
        });
        await QueueAsync(factory, amina.Id, "Amina");
        using (var scope = factory.Services.CreateScope())
        {
            var values = Values("Amina");
            values["announcement.subject"] = "New dates";
            values["announcement.body_markdown"] = "More dates are open.";
            await scope.ServiceProvider.GetRequiredService<Outbox>().QueueAsync(
                "programme-announcement", "announcement:1", amina.Id, "1", values, clock.GetUtcNow().AddMinutes(-1));
        }
        await DispatchAsync(factory);

        var message = Assert.Single(smtp.Messages());
        Assert.Contains("TrainingHub test message", message);
    }

    [Fact]
    public async Task A_lead_resends_a_delivery_unknown_message_from_the_outbox_page_and_it_arrives_once()
    {
        using var factory = Factory();
        var amina = await factory.Data.PersonAsync();
        var lead = await factory.Data.PersonAsync(null, TrainingHub.Web.Domain.People.ProfessionalRole.Other, TrainingHub.Web.SignIn.PortalRoles.ProgrammeLead);
        await QueueAsync(factory, amina.Id, "Amina");
        await factory.WithDbAsync(db => db.Notifications.ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.DeliveryUnknown)));
        var id = await factory.WithDbAsync(db => db.Notifications.Select(n => n.Id).SingleAsync());
        var client = factory.CreateClientFor(lead.Id);
        Assert.Contains("Resend", await client.GetStringAsync("/Outbox"));

        await client.PostFormAsync($"/Outbox/Resend/{id}", new Dictionary<string, string>());
        Assert.DoesNotContain(">Resend<", await client.GetStringAsync("/Outbox"));
        await DispatchAsync(factory);
        await DispatchAsync(factory);

        Assert.Single(smtp.Messages());
        Assert.Contains("Sent", await client.GetStringAsync("/Outbox"));
    }

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
