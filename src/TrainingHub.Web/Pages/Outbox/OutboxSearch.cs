using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>What a lead narrows the outbox to; every part is optional. Due times are UTC instants, Before excluded.</summary>
public sealed record OutboxFilter(NotificationStatus? State, string? Kind, int? EventId, string? Person, DateTimeOffset? DueFrom, DateTimeOffset? DueBefore);

public sealed record OutboxRow(
    long Id, string Kind, string RecipientName, string RecipientEmail, NotificationStatus Status, int Attempts,
    DateTimeOffset DueAt, DateTimeOffset? SentAt, string? Subject, string? Text, string? Error, string? Reply)
{
    public bool CanResend => OutboxSearch.CanResend(Status);

    /// <summary>Why it was not sent, for a message dropped or failed (or in doubt): the row's own reason, else the re-check's.</summary>
    public string? Why => MessageWords.Why(Status, Error);
}

/// <summary>The newest <see cref="OutboxSearch.PageRows"/> messages that match, and how many match in all.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxRow> Rows, int Matching)
{
    public int NotShown => Matching - Rows.Count;
}

public sealed record EventChoice(int Id, string Title, DateTimeOffset? StartsAt);

/// <summary>The outbox as leads search it: newest first, by state, kind, event (its bookings' messages), recipient and UK due dates.</summary>
public sealed class OutboxSearch(TrainingHubDbContext db, TimeProvider clock)
{
    public const int PageRows = 100;

    private static readonly Expression<Func<Notification, OutboxRow>> Row = n => new OutboxRow(n.Id, n.Kind,
        n.Recipient!.GivenName + " " + n.Recipient.FamilyName, n.Recipient.WorkEmail, n.Status, n.Attempts, n.DueAt, n.SentAt,
        n.RenderedSubject, n.RenderedText, n.LastError, n.SmtpReply);

    /// <summary>A lead may send again what failed or may not have arrived; never what was sent, dropped or is on its way.</summary>
    public static bool CanResend(NotificationStatus status) => status is NotificationStatus.Failed or NotificationStatus.DeliveryUnknown;

    public async Task<OutboxPage> FindAsync(OutboxFilter filter, CancellationToken ct)
    {
        var matching = await FilteredAsync(filter, ct);
        var count = await matching.CountAsync(ct);
        var rows = await matching.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(PageRows)
            .Select(Row).ToListAsync(ct);
        return new OutboxPage(rows, count);
    }

    public Task<OutboxRow?> FindAsync(long id, CancellationToken ct) =>
        db.Notifications.AsNoTracking().Where(n => n.Id == id).Select(Row).FirstOrDefaultAsync(ct);

    /// <summary>How far back the event list reaches: the messages an event still causes (feedback chases) stop within it.</summary>
    public static readonly TimeSpan EventsListedSince = TimeSpan.FromDays(183);

    /// <summary>
    /// The events a lead can narrow to, newest first: those to come and those of the last six months, since a national
    /// programme's every event would make a list no one can use; and the one asked for (an older event's page links here).
    /// </summary>
    public Task<List<EventChoice>> EventsAsync(int? asked, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - EventsListedSince;
        return db.ProgrammeEvents.AsNoTracking().Where(e => e.StartsAt == null || e.StartsAt >= since || e.Id == asked)
            .OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            .Select(e => new EventChoice(e.Id, e.Title, e.StartsAt)).ToListAsync(ct);
    }

    private async Task<IQueryable<Notification>> FilteredAsync(OutboxFilter filter, CancellationToken ct)
    {
        var rows = db.Notifications.AsNoTracking();
        if (filter.State is { } state) rows = rows.Where(n => n.Status == state);
        if (filter.Kind is { } kind) rows = rows.Where(n => n.Kind == kind);
        if (filter.EventId is { } eventId)
        {
            // An event's messages are its bookings' messages: their subject names the booking. One list parameter, as the
            // reminder queue does: an event of a thousand bookings would otherwise be a thousand parameters.
            var bookingIds = await db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == eventId).Select(b => b.Id).ToListAsync(ct);
            var subjects = bookingIds.Select(BookingReminders.SubjectOf).ToList();
            rows = rows.Where(n => EF.Parameter(subjects).Contains(n.Subject));
        }
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var who = filter.Person.Trim().ToLowerInvariant();
            rows = rows.Where(n => n.Recipient!.WorkEmail.ToLower().Contains(who)
                || (n.Recipient.GivenName + " " + n.Recipient.FamilyName).ToLower().Contains(who));
        }
        if (filter.DueFrom is { } from) rows = rows.Where(n => n.DueAt >= from);
        if (filter.DueBefore is { } before) rows = rows.Where(n => n.DueAt < before);
        return rows;
    }
}
