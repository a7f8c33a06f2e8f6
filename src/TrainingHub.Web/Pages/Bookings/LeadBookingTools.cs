using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Pages.Events;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// What only programme leads do to bookings: cancel at any time (late when after the cut-off), move a booking to
/// another event, override an event's capacity, reorder or remove people on a waiting list. Every one needs a reason.
/// </summary>
public sealed class LeadBookingTools(TrainingHubDbContext db, EventWrites writes, BookingService bookings, EventHistory history)
{
    public const string ReasonNeeded = "Enter a reason";

    public async Task<BookingResult> CancelAsync(int bookingId, int leadId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return BookingResult.Refused(ReasonNeeded, "Reason");
        return await OnBookingAsync(bookingId, async (booking, write) =>
        {
            var e = write.Events[booking.ProgrammeEventId];
            var late = e.CancellationCutOff is { } cutOff && CancellationCutOff.IsLate(cutOff, write.Now);
            if (booking.Cancel(leadId, BookingService.Because($"Cancelled by {await bookings.NameOfAsync(leadId)}", reason), write.Now, late) is { } why)
                return BookingResult.Refused(why, "Reason");
            write.FreedBecause = "a programme lead cancelled a booking";
            await bookings.RenumberAsync(booking.ProgrammeEventId);
            return BookingResult.Done(booking);
        });
    }

    /// <summary>The booking is cancelled on its event and the person booked (or waitlisted) on the other, in one transaction.</summary>
    public async Task<BookingResult> MoveAsync(int bookingId, int toEventId, int leadId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return BookingResult.Refused(ReasonNeeded, "Reason");
        var from = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => (int?)b.ProgrammeEventId).FirstOrDefaultAsync();
        if (from is null) return BookingResult.Refused(BookingService.NoSuchBooking);
        if (from == toEventId) return BookingResult.Refused("Choose a different event to move the booking to", "ToEventId");
        return await writes.RunAsync([from.Value, toEventId], async write =>
        {
            var booking = await db.Bookings.FirstAsync(b => b.Id == bookingId);
            if (booking.PersonId is null || !BookingLifecycle.IsLive(booking.State) || booking.State is BookingState.Attended or BookingState.NoShow)
                return BookingResult.Refused("Only a named, live booking that has not been attended can be moved", "ToEventId");
            var target = write.Events[toEventId];
            if (BookingService.WhyNotBook(target, write.Now, byLead: true) is { } why) return BookingResult.Refused(why, "ToEventId");
            var lead = await bookings.NameOfAsync(leadId);
            booking.Cancel(leadId, BookingService.Because($"Moved by {lead} to {target.Title} (event {target.Id})", reason), write.Now);
            await bookings.RenumberAsync(booking.ProgrammeEventId);
            var moved = Booking.Request(toEventId, booking.PersonId, booking.PracticeId, booking.ProfessionalRole, write.Now,
                bookedById: leadId, note: booking.Note);
            await bookings.PlaceAsync(moved, target, leadId,
                $"Moved by {lead} from {write.Events[booking.ProgrammeEventId].Title} (event {booking.ProgrammeEventId}): {reason!.Trim()}", write.Now);
            db.Bookings.Add(moved);
            write.FreedBecause = "a booking was moved to another event";
            return BookingResult.Done(moved);
        }, "That person already has a booking for the event you chose");
    }

    /// <summary>Sets the event's capacity with a reason kept in its history; a raised capacity offers places to the waiting list.</summary>
    public async Task<BookingResult> OverrideCapacityAsync(int eventId, int capacity, int leadId, string? reason)
    {
        if (capacity is < 1 or > 1000) return BookingResult.Refused("Capacity must be between 1 and 1000", "Capacity");
        if (string.IsNullOrWhiteSpace(reason)) return BookingResult.Refused(ReasonNeeded, "Reason");
        return await writes.RunAsync(eventId, async write =>
        {
            var before = write.Events[eventId].Capacity;
            await db.ProgrammeEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Capacity, capacity).SetProperty(e => e.Sequence, e => e.Sequence + 1).SetProperty(e => e.UpdatedAt, write.Now));
            history.Record(eventId, leadId, $"Capacity overridden from {before} to {capacity}: {reason!.Trim()}");
            write.FreedBecause = $"a programme lead raised the capacity to {capacity}";
            return new BookingResult(null, null);
        });
    }

    /// <summary>Moves someone to a new place in the waiting list; positions stay 1..n, and the event's history says who and why.</summary>
    public async Task<BookingResult> ReorderAsync(int bookingId, int newPosition, int leadId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return BookingResult.Refused(ReasonNeeded, "Reason");
        return await OnBookingAsync(bookingId, async (booking, write) =>
        {
            if (booking.State != BookingState.Waitlisted) return BookingResult.Refused("That person is not on the waiting list", "Position");
            var queue = await db.Bookings.Include(b => b.Person)
                .Where(b => b.ProgrammeEventId == booking.ProgrammeEventId && b.State == BookingState.Waitlisted).ToListAsync();
            var was = booking.WaitingPosition;
            foreach (var q in WaitingList.MoveTo(queue.Select(PlaceOffers.Queued), bookingId, newPosition))
                queue.Single(b => b.Id == q.BookingId).MoveInLine(q.Position);
            history.Record(booking.ProgrammeEventId, leadId,
                $"Waiting list: {booking.Person?.FullName} moved from position {was} to {booking.WaitingPosition}: {reason!.Trim()}");
            return BookingResult.Done(booking);
        });
    }

    public async Task<BookingResult> RemoveFromWaitingListAsync(int bookingId, int leadId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return BookingResult.Refused(ReasonNeeded, "Reason");
        return await OnBookingAsync(bookingId, async (booking, write) =>
        {
            if (booking.State != BookingState.Waitlisted) return BookingResult.Refused("That person is not on the waiting list", "Reason");
            booking.Cancel(leadId, BookingService.Because($"Removed from the waiting list by {await bookings.NameOfAsync(leadId)}", reason), write.Now);
            await bookings.RenumberAsync(booking.ProgrammeEventId);
            return BookingResult.Done(booking);
        });
    }

    private async Task<BookingResult> OnBookingAsync(int bookingId, Func<Booking, EventWrite, Task<BookingResult>> act)
    {
        var eventId = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => (int?)b.ProgrammeEventId).FirstOrDefaultAsync();
        if (eventId is null) return BookingResult.Refused(BookingService.NoSuchBooking);
        return await writes.RunAsync(eventId.Value, async write => await act(await db.Bookings.Include(b => b.Person).FirstAsync(b => b.Id == bookingId), write));
    }
}
