using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Outbox;

/// <summary>
/// The portal on a test clock with no jobs running, so outbox rows stay in the state a test puts them in; rows are
/// written as the dispatcher leaves them (a test about the page need not send mail to get a failed message).
/// </summary>
public sealed class OutboxPortal : IDisposable
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));
    public PortalFactory Factory { get; }

    public OutboxPortal() =>
        Factory = new PortalFactory().With("Jobs:Enabled", "false").WithServices(s => s.AddSingleton<TimeProvider>(Clock));

    public async Task<HttpClient> LeadAsync()
    {
        var lead = await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        return Factory.CreateClientFor(lead.Id);
    }

    /// <summary>A person with the name given and a work email made from it.</summary>
    public async Task<Person> PersonAsync(string given, string family)
    {
        var person = await Factory.Data.PersonAsync();
        return await Factory.WithDbAsync(async db =>
        {
            var saved = await db.People.FindAsync(person.Id) ?? throw new InvalidOperationException("No such person");
            saved.GivenName = given;
            saved.FamilyName = family;
            saved.WorkEmail = $"{given}.{family}.{person.Id}@test.nhs.example".Replace("'", "").ToLowerInvariant();
            await db.SaveChangesAsync();
            return saved;
        });
    }

    /// <summary>An event and a booking on it (requested, so nothing is queued by it): its messages name the booking.</summary>
    public Task<(int EventId, string Subject)> BookingAsync(string title, int personId) => Factory.WithDbAsync(async db =>
    {
        var starts = Clock.GetUtcNow().AddDays(30);
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = title, VenueName = "Town Hall", Capacity = 20, Status = EventStatus.Published,
            CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
            Sessions = [new EventSession { StartsAt = starts, EndsAt = starts.AddHours(6) }],
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        var booking = Booking.Request(e.Id, personId, practiceId: null, role: null, Clock.GetUtcNow());
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return (e.Id, BookingReminders.SubjectOf(booking.Id));
    });

    /// <summary>A message in the state given, as the dispatcher would have left it; created in the order called.</summary>
    public Task<long> MessageAsync(int personId, string kind, NotificationStatus status, DateTimeOffset dueAt, string? subject = null,
        string? error = null, string? reply = null) => Factory.WithDbAsync(async db =>
    {
        var row = new Notification
        {
            Kind = kind, Subject = subject ?? $"test:{Guid.NewGuid():N}", RecipientPersonId = personId, Occurrence = "1", ValuesJson = "{}",
            Status = status, Attempts = status == NotificationStatus.Pending ? 0 : 1, DueAt = dueAt,
            SentAt = status == NotificationStatus.Sent ? dueAt : null, LastError = error, SmtpReply = reply,
            CreatedAt = Clock.GetUtcNow(),
        };
        db.Notifications.Add(row);
        await db.SaveChangesAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));
        return row.Id;
    });

    public void Dispose() => Factory.Dispose();
}
