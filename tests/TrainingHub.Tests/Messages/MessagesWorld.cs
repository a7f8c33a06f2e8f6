using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Messages;

/// <summary>
/// The portal with a test clock and mail going to a real SMTP server process; two may share one data directory.
/// Jobs are off unless asked for: tests run the queue and the dispatcher themselves.
/// </summary>
public sealed class MessagesPortal(TimeProvider clock, SmtpSink smtp, string dataDirectory, bool jobs = false) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        With("TrainingHub:DataDirectory", dataDirectory).With("Jobs:Enabled", jobs ? "true" : "false")
            .With("Mail:Smtp:Host", "127.0.0.1").With("Mail:Smtp:Port", smtp.Port.ToString()).With("Mail:Smtp:Security", "None")
            .With("Messages:PortalUrl", "https://traininghub.test").With("Messages:OrganiserEmail", "pcsp@programme.test")
            .With("Mail:ReplyToAddress", "pcsp@programme.test").With("Mail:ReplyToName", "PCSP programme team");
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }

    public async Task<int> QueueAsync(CancellationToken cancellationToken = default)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueAsync(cancellationToken);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider);
    }

    public async Task<int> DispatchAsync(CancellationToken cancellationToken = default)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(cancellationToken);
    }

    /// <summary>An event with one session at the instant given (a published, upcoming event unless said otherwise).</summary>
    public Task<ProgrammeEvent> EventAsync(DateTimeOffset startsAt, string title = "YOC training course, Reading") => WithDbAsync(async db =>
    {
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = title, VenueName = "Town Hall", VenueAddress = "Reading", Capacity = 20, Status = EventStatus.Published,
            CreatedAt = startsAt.AddDays(-60), UpdatedAt = startsAt.AddDays(-60),
            Sessions = [new EventSession { StartsAt = startsAt, EndsAt = startsAt.AddHours(6) }],
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    /// <summary>A booking made at the given moment that moved through the states given, each move a recorded transition.</summary>
    public Task<int> BookingAsync(int eventId, int personId, DateTimeOffset at, params BookingState[] moves) => WithDbAsync(async db =>
    {
        var booking = Booking.Request(eventId, personId, practiceId: null, role: null, at);
        foreach (var to in moves)
            Assert.Null(to == BookingState.Waitlisted ? booking.JoinWaitingList(1, personId, "The event was full", at) : booking.MoveTo(to, personId, null, at));
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    });
}
