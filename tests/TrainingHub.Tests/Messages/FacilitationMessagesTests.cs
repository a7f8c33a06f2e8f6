using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Facilitation;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Messages;

/// <summary>FacilitationReminders.DueAsync, sent: agreed actions to who agreed them, reviews to the practice's facilitator.</summary>
public sealed class FacilitationMessagesTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static async Task<int> QueueAsync(MessagesPortal portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FacilitationMessages>().QueueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Actions_and_reviews_due_are_sent_once_each_and_an_action_done_before_sending_is_not()
    {
        using var portal = new MessagesPortal(clock, smtp, dataDirectory);
        var (practice, facilitator, _) = await portal.FacilitatedPracticeAsync();
        var visit = await portal.VisitAsync(facilitator.Id, practice.Id);
        await portal.ActionAsync(visit, "Share the care planning template", new DateOnly(2026, 3, 10));
        await portal.ActionAsync(visit, "Book the nursing team onto training", new DateOnly(2026, 3, 12));
        var review = await portal.DraftReviewAsync(facilitator.Id, practice.Id);
        await portal.CompleteReviewAsync(review, new DateOnly(2026, 3, 9));

        Assert.Equal(3, await QueueAsync(portal));
        Assert.Equal(0, await QueueAsync(portal));
        await portal.WithDbAsync(db => db.VisitActions.Where(a => a.Description.StartsWith("Book"))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DoneOn, new DateOnly(2026, 3, 2))));
        await portal.DispatchAsync();
        await portal.DispatchAsync();

        var mail = Received.All(smtp);
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal(facilitator.WorkEmail, m.To));
        Assert.Single(mail, m => m.Subject == $"Action due 10 March 2026: {practice.Name}" && m.Text.Contains("Share the care planning template"));
        Assert.Single(mail, m => m.Subject == $"Fidelity review due 9 March 2026: {practice.Name}"
            && m.Text.Contains($"https://traininghub.test/Facilitation/Reviews/Start/{practice.Id}"));
        Assert.Equal(NotificationStatus.Dropped, await portal.WithDbAsync(db => db.Notifications
            .Where(n => n.Kind == MessageKinds.FacilitatorActionDue && n.Status != NotificationStatus.Sent).Select(n => n.Status).SingleAsync()));
    }

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
