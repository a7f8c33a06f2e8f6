using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Whole-practice workshops: a practice manager (for their own practice) or a lead reserves places before names are
/// known, as bookings with the practice and no person; naming an attendee turns one reserved place into that
/// person's own booking, so it carries their transitions and the one-live-booking rule like any other.
/// </summary>
public sealed class PracticeReservations(TrainingHubDbContext db, EventWrites writes, BookingService bookings)
{
    public sealed record Reserved(int BookingId, string? AttendeeName, ProfessionalRole? Role);

    /// <summary>Whether the person may reserve and name places for the practice: its practice manager, or a lead.</summary>
    public Task<bool> MayActForAsync(int personId, int practiceId, bool isLead) => isLead
        ? db.Practices.AnyAsync(p => p.Id == practiceId)
        : db.People.AnyAsync(p => p.Id == personId && p.IsActive && p.PracticeId == practiceId && p.ProfessionalRole == ProfessionalRole.PracticeManager);

    public Task<List<Reserved>> ForPracticeAsync(int eventId, int practiceId) =>
        db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == eventId && b.PracticeId == practiceId && b.State != BookingState.Cancelled)
            .OrderBy(b => b.PersonId == null).ThenBy(b => b.Id)
            .Select(b => new Reserved(b.Id, b.Person == null ? null : b.Person.GivenName + " " + b.Person.FamilyName, b.ProfessionalRole))
            .ToListAsync();

    /// <summary>Reserves places only when that many are free and nobody is waiting: a reservation never jumps the queue.</summary>
    public async Task<BookingResult> ReserveAsync(int eventId, int practiceId, int places, int actorId, bool byLead)
    {
        if (places is < 1 or > 50) return BookingResult.Refused("Enter a number of places from 1 to 50", "Places");
        var practice = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Name).FirstAsync();
        var actor = await bookings.NameOfAsync(actorId);
        return await writes.RunAsync(eventId, async write =>
        {
            var e = write.Events[eventId];
            if (BookingService.WhyNotBook(e, write.Now, byLead) is { } why) return BookingResult.Refused(why, "Places");
            var free = e.Capacity - await EventFacts.PlacesHeldAsync(db, eventId);
            var waiting = await db.Bookings.AnyAsync(b => b.ProgrammeEventId == eventId && b.State == BookingState.Waitlisted);
            if (waiting || free < places)
                return BookingResult.Refused(waiting || free <= 0 ? "There are no free places on this event" : $"Only {free} places are free on this event", "Places");
            Booking? first = null;
            for (var i = 0; i < places; i++)
            {
                var booking = Booking.Request(eventId, personId: null, practiceId, role: null, write.Now, bookedById: actorId);
                booking.MoveTo(BookingState.Booked, actorId, $"Place reserved for {practice} by {actor}", write.Now);
                db.Bookings.Add(booking);
                first ??= booking;
            }
            return BookingResult.Done(first!);
        });
    }

    /// <summary>Names one of the practice's reserved places: the person must work in that practice.</summary>
    public async Task<BookingResult> NameAsync(int eventId, int practiceId, int personId, int actorId)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.IsActive && p.PracticeId == practiceId)
            .Select(p => new { p.ProfessionalRole, Name = p.GivenName + " " + p.FamilyName }).FirstOrDefaultAsync();
        if (person is null) return BookingResult.Refused("Choose someone who works in this practice", "PersonId");
        var actor = await bookings.NameOfAsync(actorId);
        var alreadyBooked = $"{person.Name} already has a booking for this event";
        return await writes.RunAsync(eventId, async write =>
        {
            var reserved = await db.Bookings.OrderBy(b => b.Id).FirstOrDefaultAsync(b =>
                b.ProgrammeEventId == eventId && b.PracticeId == practiceId && b.PersonId == null && b.State == BookingState.Booked);
            if (reserved is null) return BookingResult.Refused("Every place reserved for this practice already has a name", "PersonId");
            if (await db.Bookings.AnyAsync(b => b.ProgrammeEventId == eventId && b.PersonId == personId && b.State != BookingState.Cancelled))
                return BookingResult.Refused(alreadyBooked, "PersonId");
            reserved.Cancel(actorId, $"Reserved place named for {person.Name} by {actor}", write.Now);
            var named = Booking.Request(eventId, personId, practiceId, person.ProfessionalRole, write.Now, bookedById: actorId);
            named.MoveTo(BookingState.Booked, actorId, $"Named by {actor} for a place reserved for their practice", write.Now);
            db.Bookings.Add(named);
            return BookingResult.Done(named);
        }, alreadyBooked);
    }
}
