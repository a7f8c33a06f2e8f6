using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Messages;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Register;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Register;

/// <summary>
/// A two-day course walked with the clock: check-in before, during and after each day. Completion, the certificate
/// and the feedback request come only once the second day has ended, and no message is dropped on the way.
/// </summary>
public sealed class TwoDayCompletionTests : IDisposable
{
    // Tuesday 2 and Wednesday 3 June 2026, 09:30 to 16:30 UK time (BST).
    private static readonly DateTimeOffset Day1Start = new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2Start = Day1Start.AddDays(1);
    private static readonly TimeSpan Length = TimeSpan.FromHours(7);

    private readonly SmtpSink smtp = new();
    private readonly FakeTimeProvider clock = new(Day1Start.AddDays(-10));
    private readonly MessagesPortal portal;

    public TwoDayCompletionTests() =>
        portal = new MessagesPortal(clock, smtp, Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        portal.Dispose();
        smtp.Dispose();
    }

    private sealed record Course(int EventId, int Day1, int Day2, string Day1Code, string Day2Code, int BookingId, HttpClient Attendee);

    private async Task<Course> BookedCourseAsync(int days = 2)
    {
        var trainer = await portal.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var e = await portal.WithDbAsync(async db =>
        {
            var course = new ProgrammeEvent
            {
                EventTypeId = 2, Title = "YOC training course, Reading", VenueName = "Town Hall", Capacity = 20, Status = EventStatus.Published,
                CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
                Sessions = [.. new[] { Day1Start, Day2Start }.Take(days).Select(start => new EventSession { StartsAt = start, EndsAt = start + Length })],
                Trainers = [new EventTrainer { PersonId = trainer.Id, Role = TrainerRole.Lead }],
            };
            course.RecalculateDates();
            db.ProgrammeEvents.Add(course);
            await db.SaveChangesAsync();
            return course;
        });
        var trainerClient = portal.CreateClientFor(trainer.Id);
        var (day1, day2) = (e.Sessions[0].Id, e.Sessions[^1].Id);
        var attendee = await portal.Data.PersonAsync();
        var bookingId = await portal.BookingAsync(e.Id, attendee.Id, clock.GetUtcNow(), BookingState.Booked);
        // The confirmation goes as it would, within the minute.
        await RunMessagesAsync();
        return new Course(e.Id, day1, day2, await trainerClient.ShownCodeAsync(day1), await trainerClient.ShownCodeAsync(day2),
            bookingId, portal.CreateClientFor(attendee.Id));
    }

    private static async Task<string> CheckInAsync(HttpClient client, string code)
    {
        var response = await client.PostFormAsync("/Register/CheckIn", new { Input__Code = code });
        if (response.StatusCode == HttpStatusCode.Redirect) return await client.GetPageAsync("/Register/CheckIn");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.TextAsync();
    }

    private Task<(BookingState State, DateTimeOffset? CompletedAt)> BookingAsync(int id) => portal.WithDbAsync(db =>
        db.Bookings.Where(b => b.Id == id).Select(b => new ValueTuple<BookingState, DateTimeOffset?>(b.State, b.CompletedAt)).SingleAsync());

    private async Task<int> SettleEndedAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AttendanceRecorder>().SettleEndedAsync(CancellationToken.None);
    }

    private async Task RunMessagesAsync()
    {
        await portal.QueueAsync();
        await portal.DispatchAsync();
    }

    private Task<List<(string Kind, NotificationStatus Status)>> OutboxAsync() => portal.WithDbAsync(db =>
        db.Notifications.OrderBy(n => n.Id).Select(n => new ValueTuple<string, NotificationStatus>(n.Kind, n.Status)).ToListAsync());

    /// <summary>Why the feedback form says it is closed, or null when it is open.</summary>
    private static async Task<string?> FeedbackClosedAsync(Course course) =>
        new HtmlParser().ParseDocument(await course.Attendee.GetPageAsync($"/Feedback/{course.BookingId}"))
            .QuerySelector(".nhsuk-warning-callout p")?.TextContent.Trim();

    // As reported: a one-day course, checked in to 14 minutes before it started.
    [Fact]
    public async Task Checking_in_14_minutes_early_completes_nothing_and_drops_no_message()
    {
        clock.SetUtcNow(Day1Start.AddMinutes(-20));
        var course = await BookedCourseAsync(days: 1);

        clock.SetUtcNow(Day1Start.AddMinutes(-14));
        Assert.Contains("You are checked in to YOC training course, Reading", await CheckInAsync(course.Attendee, course.Day1Code));
        await SettleEndedAsync();
        await RunMessagesAsync();

        Assert.Equal((BookingState.Booked, (DateTimeOffset?)null), await BookingAsync(course.BookingId));
        Assert.Equal([(MessageKinds.BookingConfirmed, NotificationStatus.Sent)], await OutboxAsync());
        Assert.StartsWith("Your place is booked", Assert.Single(Received.All(smtp)).Subject);
        Assert.Equal(HttpStatusCode.NotFound, (await course.Attendee.GetAsync($"/TrainingRecord/Certificate/{course.BookingId}")).StatusCode);
        Assert.Equal("Feedback opens once you have completed the event (attended every session).", await FeedbackClosedAsync(course));
    }

    [Fact]
    public async Task A_two_day_course_completes_only_after_the_second_day_ends_with_a_check_in_on_each_day()
    {
        var course = await BookedCourseAsync();

        clock.SetUtcNow(Day1Start.AddMinutes(-31));
        Assert.Contains("Check-in opens at 09:00 on Tuesday 2 June, 30 minutes before the session starts", await CheckInAsync(course.Attendee, course.Day1Code));
        clock.SetUtcNow(Day1Start.AddHours(1));
        Assert.Contains("Check-in opens at 09:00 on Wednesday 3 June", await CheckInAsync(course.Attendee, course.Day2Code));
        Assert.Contains("You are checked in", await CheckInAsync(course.Attendee, course.Day1Code));

        clock.SetUtcNow(Day1Start + Length + TimeSpan.FromHours(2));
        Assert.Contains("This session has ended", await CheckInAsync(course.Attendee, course.Day1Code));
        Assert.Equal(0, await SettleEndedAsync());
        Assert.Equal(BookingState.Booked, (await BookingAsync(course.BookingId)).State);

        clock.SetUtcNow(Day2Start.AddMinutes(-5));
        Assert.Contains("You are checked in", await CheckInAsync(course.Attendee, course.Day2Code));
        clock.SetUtcNow(Day2Start + Length - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await SettleEndedAsync());
        await RunMessagesAsync();
        Assert.Equal((BookingState.Booked, (DateTimeOffset?)null), await BookingAsync(course.BookingId));
        Assert.DoesNotContain(await OutboxAsync(), n => n.Kind == MessageKinds.FeedbackRequest);

        clock.SetUtcNow(Day2Start + Length + TimeSpan.FromMinutes(3));
        Assert.Equal(1, await SettleEndedAsync());
        await RunMessagesAsync();

        Assert.Equal((BookingState.Attended, (DateTimeOffset?)(Day2Start + Length)), await BookingAsync(course.BookingId));
        Assert.Contains((MessageKinds.FeedbackRequest, NotificationStatus.Sent), await OutboxAsync());
        Assert.DoesNotContain(await OutboxAsync(), n => n.Status == NotificationStatus.Dropped);
        Assert.Equal(HttpStatusCode.OK, (await course.Attendee.GetAsync($"/TrainingRecord/Certificate/{course.BookingId}")).StatusCode);
        Assert.Null(await FeedbackClosedAsync(course));
        Assert.Equal(0, await SettleEndedAsync());
    }

    [Fact]
    public async Task Missing_the_second_day_never_completes_and_the_register_is_marked_only_from_a_sessions_start()
    {
        var course = await BookedCourseAsync();
        var lead = portal.CreateClientFor((await portal.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
        Task<HttpResponseMessage> MarkAsync(int session, bool present) => lead.PostFormAsync($"/Register/Session/{session}",
            [new("bookingId", course.BookingId.ToString()), new("present", present ? "true" : "false")], $"/Register/Session/{session}?handler=Mark");

        clock.SetUtcNow(Day1Start.AddMinutes(-10));
        Assert.Contains("The register opens when the session starts, at 09:30 on Tuesday 2 June", await (await MarkAsync(course.Day1, true)).TextAsync());
        clock.SetUtcNow(Day1Start);
        Assert.Equal(HttpStatusCode.Redirect, (await MarkAsync(course.Day1, true)).StatusCode);
        clock.SetUtcNow(Day2Start.AddHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await MarkAsync(course.Day2, false)).StatusCode);
        Assert.Equal(BookingState.Booked, (await BookingAsync(course.BookingId)).State);

        clock.SetUtcNow(Day2Start + Length + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SettleEndedAsync());
        Assert.Equal((BookingState.NoShow, (DateTimeOffset?)null), await BookingAsync(course.BookingId));
        await RunMessagesAsync();
        Assert.DoesNotContain(await OutboxAsync(), n => n.Kind == MessageKinds.FeedbackRequest);
    }
}
