using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Pages.Retention;

namespace TrainingHub.Tests.Pages.Retention;

public sealed class RetentionTests : IDisposable
{
    // 02:30 UK time on 10 January 2033, when the nightly run starts.
    private static readonly DateTimeOffset Night = new(2033, 1, 10, 2, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Night);
    private readonly PortalFactory factory;

    public RetentionTests() => factory = new PortalFactory().WithServices(s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_nightly_run_clears_only_what_is_due_once_and_leaves_the_figures_unchanged()
    {
        var lead = await factory.LeadAsync();
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var course = await factory.PastEventAsync(placeId: place.Id, startsAt: new DateTimeOffset(2029, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var (early, earlyBooking) = await factory.AttendeeAsync(course.Id, practice.Id);
        var (leaver, _) = await factory.AttendeeAsync(course.Id, practice.Id);
        var (recentLeaver, recentBooking) = await factory.AttendeeAsync(course.Id, practice.Id);
        var oldFeedback = await FeedbackAsync(earlyBooking, Night.AddYears(-3).AddDays(-1));
        var newFeedback = await FeedbackAsync(recentBooking, Night.AddYears(-3).AddDays(1));
        var oldSent = await MessageAsync(early.Id, NotificationStatus.Sent, Night.AddDays(-91));
        var newSent = await MessageAsync(early.Id, NotificationStatus.Sent, Night.AddDays(-89));
        var oldFailed = await MessageAsync(early.Id, NotificationStatus.Failed, Night.AddDays(-200));
        await SwitchOffAsync(leaver.Id, Night.AddYears(-6).AddDays(-1));
        await SwitchOffAsync(recentLeaver.Id, Night.AddYears(-6).AddDays(1));
        var oldEntry = await AuditEntryAsync(Night.AddYears(-8).AddDays(-1));
        var keptEntry = await AuditEntryAsync(Night.AddYears(-8).AddDays(1));
        var client = factory.CreateClientFor(lead.Id);
        var figuresBefore = await FiguresAsync(client);

        var preview = await DueAsync(client);
        var first = await RunAsync();
        var second = await RunAsync();
        var previewAfter = await DueAsync(client);

        Assert.Equal([1, 1, 1, 1], preview);
        Assert.Equal([1, 1, 1, 1], first);
        Assert.Equal([0, 0, 0, 0], second);
        Assert.Equal([0, 0, 0, 0], previewAfter);
        Assert.Equal(figuresBefore, await FiguresAsync(client));
        await factory.WithDbAsync(async db =>
        {
            var feedback = await db.FeedbackResponses.AsNoTracking().ToDictionaryAsync(f => f.Id);
            Assert.Equal((null, 4), (feedback[oldFeedback].MostUseful, feedback[oldFeedback].OverallRating));
            Assert.Equal("The role play", feedback[newFeedback].MostUseful);
            var messages = await db.Notifications.AsNoTracking().ToDictionaryAsync(n => n.Id);
            Assert.Equal((null, "{}"), (messages[oldSent].RenderedText, messages[oldSent].ValuesJson));
            Assert.NotNull(messages[newSent].RenderedText);
            Assert.NotNull(messages[oldFailed].RenderedText);
            var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id);
            Assert.Equal((Night, $"erased-{leaver.Id}@erased.invalid"), (people[leaver.Id].ErasedAt, people[leaver.Id].WorkEmail));
            Assert.Equal((null, recentLeaver.WorkEmail), (people[recentLeaver.Id].ErasedAt, people[recentLeaver.Id].WorkEmail));
            var entries = await db.AuditEntries.Where(e => e.Id == oldEntry || e.Id == keptEntry).Select(e => e.Id).ToListAsync();
            Assert.Equal([keptEntry], entries);
        });
    }

    [Fact]
    public async Task The_privacy_notice_states_the_default_periods()
    {
        var notice = PageHtml.Parse(await factory.CreateAnonymousClient().GetPageAsync("/Privacy")).TextOf("main");
        var schedule = new TrainingHub.Web.Domain.PersonalData.RetentionSchedule();

        Assert.Equal((3, 90, 6, 8), (schedule.FeedbackTextYears, schedule.MessageBodyDays, schedule.LeaverYears, schedule.AuditLogYears));
        Assert.All(new[] { "three years", "90 days", "six years", "eight years" }, period => Assert.Contains(period, notice));
    }

    /// <summary>The job as Hangfire runs it; its result names each rule with the rows it changed.</summary>
    private async Task<int[]> RunAsync()
    {
        using var scope = factory.Services.CreateScope();
        var summary = await ActivatorUtilities.CreateInstance<RetentionJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        return System.Text.RegularExpressions.Regex.Matches(summary, @": (\d+)(;|$)").Select(m => int.Parse(m.Groups[1].Value)).ToArray();
    }

    private static async Task<int[]> DueAsync(HttpClient lead) =>
        PageHtml.Parse(await lead.GetPageAsync("/Retention")).QuerySelectorAll("tbody tr")
            .Select(r => int.Parse(r.QuerySelectorAll("td")[3].TextContent.Trim())).ToArray();

    private static async Task<string> FiguresAsync(HttpClient lead) =>
        string.Join("\n---\n", await lead.GetStringAsync("/api/coverage"), await lead.GetStringAsync("/api/delivery"),
            await lead.GetStringAsync("/Feedback/Reports?handler=Csv"));

    private Task<int> FeedbackAsync(Booking booking, DateTimeOffset submittedAt) => factory.WithDbAsync(async db =>
    {
        var response = new FeedbackResponse
        {
            BookingId = booking.Id, ProgrammeEventId = booking.ProgrammeEventId, OverallRating = 4, MostUseful = "The role play",
            ToImprove = "More time", SubmittedAt = submittedAt, UpdatedAt = submittedAt, Version = 1,
        };
        db.FeedbackResponses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    });

    private Task<long> MessageAsync(int personId, NotificationStatus status, DateTimeOffset createdAt) => factory.WithDbAsync(async db =>
    {
        var message = new Notification
        {
            Kind = "test", Subject = "Your place", RecipientPersonId = personId, Occurrence = Guid.NewGuid().ToString("N"), ValuesJson = "{\"n\":1}",
            RenderedSubject = "Your place", RenderedText = "Your place is booked", Status = status, DueAt = createdAt, CreatedAt = createdAt,
        };
        db.Notifications.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });

    private Task SwitchOffAsync(int personId, DateTimeOffset at) => factory.WithDbAsync(db =>
        db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false).SetProperty(p => p.SwitchedOffAt, at)));

    private Task<long> AuditEntryAsync(DateTimeOffset at) => factory.WithDbAsync(async db =>
    {
        var entry = new AuditEntry { At = at, EntityKind = "Booking", EntityId = "1", Kind = AuditKind.Changed, After = "{}" };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });
}
