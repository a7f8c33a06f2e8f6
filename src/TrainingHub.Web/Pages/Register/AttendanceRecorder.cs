using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Register;

/// <summary>One register mark: this booking, present or not.</summary>
public sealed record RegisterMark(int BookingId, bool Present);

/// <summary>
/// Writes register marks and settles what they make of each booking (attended, did not attend). The register and
/// self check-in both come through here. Two people marking the same register at once are safe: each mark is one
/// conditional write on the (booking, session) row the unique index allows once, and the booking's state moves
/// only through its version check, retried on fresh data when someone else moved it first.
/// </summary>
public sealed class AttendanceRecorder(TrainingHubDbContext db, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock)
{
    private const int SettleAttempts = 10;

    /// <summary>Why these bookings cannot be marked on this session (nothing is written then), or null when they can.</summary>
    public async Task<string?> WhyNotAsync(int eventId, IReadOnlyCollection<int> bookingIds)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => bookingIds.Contains(b.Id))
            .Select(b => new { b.Id, b.ProgrammeEventId, b.State, b.PersonId }).ToListAsync();
        if (found.Count != bookingIds.Distinct().Count() || found.Any(b => b.ProgrammeEventId != eventId || b.PersonId is null))
            return "The register lists only people booked on this event: reload the register and try again";
        if (found.FirstOrDefault(b => !AttendanceOutcome.IsOnRegister(b.State)) is { } off)
            return $"A booking that is {BookingLifecycle.Display(off.State).ToLowerInvariant()} cannot be marked: reload the register";
        return null;
    }

    public async Task MarkAsync(int sessionId, IReadOnlyCollection<RegisterMark> marks, int byPersonId, bool selfCheckedIn = false)
    {
        foreach (var mark in marks) await WriteMarkAsync(sessionId, mark, byPersonId, selfCheckedIn);
        foreach (var mark in marks) await SettleAsync(mark.BookingId, byPersonId, "Register marked");
    }

    private async Task WriteMarkAsync(int sessionId, RegisterMark mark, int byPersonId, bool selfCheckedIn)
    {
        if (await db.SessionAttendance.AsNoTracking().Where(a => a.BookingId == mark.BookingId && a.EventSessionId == sessionId)
                .Select(a => new { a.Id, a.Present }).FirstOrDefaultAsync() is { } before)
        {
            // A mark corrected after its first save bypasses change tracking, so it is logged here.
            if (await UpdateMarkAsync(sessionId, mark, byPersonId, selfCheckedIn) == 0) return;
            if (before.Present == mark.Present) return;
            audit.Changed(typeof(SessionAttendance), before.Id.ToString(),
                new Dictionary<string, object?> { ["Present"] = before.Present }, new Dictionary<string, object?> { ["Present"] = mark.Present });
            await db.SaveChangesAsync();
            return;
        }
        var row = new SessionAttendance
        {
            BookingId = mark.BookingId, EventSessionId = sessionId, Present = mark.Present,
            MarkedAt = clock.GetUtcNow(), MarkedById = byPersonId, SelfCheckedIn = selfCheckedIn,
        };
        db.SessionAttendance.Add(row);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else wrote this person's first mark a moment ago: the unique index kept one row, so mark that.
            db.Entry(row).State = EntityState.Detached;
            await UpdateMarkAsync(sessionId, mark, byPersonId, selfCheckedIn);
        }
    }

    private Task<int> UpdateMarkAsync(int sessionId, RegisterMark mark, int byPersonId, bool selfCheckedIn)
    {
        var now = clock.GetUtcNow();
        return db.SessionAttendance.Where(a => a.BookingId == mark.BookingId && a.EventSessionId == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Present, mark.Present).SetProperty(a => a.MarkedAt, now)
                .SetProperty(a => a.MarkedById, byPersonId).SetProperty(a => a.SelfCheckedIn, selfCheckedIn));
    }

    /// <summary>
    /// Settles the marked bookings of events that have ended: attended when present at every session, did not attend
    /// when absent at one. The register settles a booking as it is marked; this settles the ones whose marks were all
    /// in before the last session ended (a check-in, a register taken at the start), once that end has passed.
    /// </summary>
    public async Task<int> SettleEndedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - EndedLookBack;
        var due = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Booked && b.PersonId != null)
            // Only those the end settles (absent somewhere, or present everywhere), so a register left half-marked is not re-read every minute.
            .Where(b => b.Attendance.Any(a => !a.Present)
                || b.Attendance.Count(a => a.Present) == db.EventSessions.Count(s => s.ProgrammeEventId == b.ProgrammeEventId))
            .Where(b => b.Attendance.Any())
            .Where(b => b.ProgrammeEvent!.Status != EventStatus.Cancelled && b.ProgrammeEvent.EndsAt <= now && b.ProgrammeEvent.EndsAt >= since)
            .Select(b => b.Id).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var bookingId in due)
            if (await SettleAsync(bookingId, null, "Last session ended")) moved++;
        return moved;
    }

    /// <summary>How far back the settling job looks: a scheduler down for longer leaves the rest to the register.</summary>
    public static readonly TimeSpan EndedLookBack = TimeSpan.FromDays(28);

    /// <summary>Moves the booking to what its marks now say, retrying on fresh data when another save got there first.</summary>
    private async Task<bool> SettleAsync(int bookingId, int? byPersonId, string reason)
    {
        for (var attempt = 0; attempt < SettleAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var booking = await db.Bookings.FirstAsync(b => b.Id == bookingId);
            var sessions = await db.EventSessions.Where(s => s.ProgrammeEventId == booking.ProgrammeEventId)
                .Select(s => new SessionTime(s.Id, s.StartsAt, s.EndsAt)).ToListAsync();
            var marks = await db.SessionAttendance.Where(a => a.BookingId == bookingId)
                .Select(a => new { a.EventSessionId, a.Present, a.MarkedAt }).ToListAsync();
            var now = clock.GetUtcNow();
            var target = AttendanceOutcome.Decide(booking.State, sessions, marks.ToDictionary(m => m.EventSessionId, m => m.Present), now);
            var moved = target != booking.State;
            if (moved)
            {
                var completedAt = target == BookingState.Attended
                    ? Completion.CompletedAt(sessions, marks.Where(m => m.Present).Max(m => m.MarkedAt))
                    : (DateTimeOffset?)null;
                booking.MoveTo(target, byPersonId, reason, now, completedAt);
            }
            else
            {
                // Claimed even when nothing moves, so a save that read the marks before this one cannot win with stale marks.
                booking.Claim(now);
            }
            try
            {
                await db.SaveChangesAsync();
                return moved;
            }
            catch (DbUpdateConcurrencyException)
            {
            }
        }
        throw new InvalidOperationException($"Booking {bookingId} kept changing while its attendance was settled.");
    }
}
