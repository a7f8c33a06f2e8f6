using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Pages.Bookings;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// Adds someone to a session's register at the door (<see cref="WalkIn"/>): a place of their own outside the
/// capacity, recorded as a walk-in with who added them, and marked present on the session. The place is written
/// under the event's lock like every booking, so the unique index on live bookings decides a double press.
/// </summary>
public sealed class WalkIns(TrainingHubDbContext db, EventWrites writes, BookingService bookings, AttendanceRecorder recorder, TimeProvider clock)
{
    /// <summary>Why nobody can be added to this session's register yet, or null once it has started.</summary>
    public string? WhyNotYet(RegisterSession session) =>
        WalkIn.WhyNot("", null, session.StartsAt, clock.GetUtcNow());

    public async Task<BookingResult> AddAsync(RegisterSession session, int personId, int byPersonId)
    {
        var name = await db.People.AsNoTracking().Where(p => p.Id == personId && p.IsActive)
            .Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync();
        if (name is null) return BookingResult.Refused("There is no such person: search again");
        var alreadyThere = $"{name} already has a place on this event: mark them present on the register";
        var result = await writes.RunAsync(session.EventId, async write =>
        {
            var live = await db.Bookings.FirstOrDefaultAsync(b =>
                b.ProgrammeEventId == session.EventId && b.PersonId == personId && b.State != BookingState.Cancelled);
            if (WalkIn.WhyNot(name, live?.State, session.StartsAt, write.Now) is { } why) return BookingResult.Refused(why);
            var booking = live ?? await NewPlaceAsync(session.EventId, personId, byPersonId, write.Now);
            var waited = booking.State == BookingState.Waitlisted;
            booking.AdmitWalkIn(byPersonId, $"Walk-in: added at the door by {await bookings.NameOfAsync(byPersonId)}", write.Now);
            if (waited) await bookings.RenumberAsync(session.EventId);
            return BookingResult.Done(booking);
        }, alreadyThere);
        if (!result.Succeeded) return result;
        await recorder.MarkAsync(session.SessionId, [new RegisterMark(result.Booking!.Id, Present: true)], byPersonId);
        return result;
    }

    private async Task<Booking> NewPlaceAsync(int eventId, int personId, int byPersonId, DateTimeOffset now)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.PracticeId, p.ProfessionalRole }).FirstAsync();
        var booking = Booking.Request(eventId, personId, person.PracticeId, person.ProfessionalRole, now, bookedById: byPersonId);
        db.Bookings.Add(booking);
        return booking;
    }
}
