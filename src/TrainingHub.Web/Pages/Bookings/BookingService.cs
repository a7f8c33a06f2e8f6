using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// An attendee's booking actions: book (or join the waiting list), cancel up to the cut-off, leave the waiting list,
/// accept or decline an offer. Each runs in <see cref="EventWrites"/>, where the database decides the last place.
/// Who acts always comes from the signed-in person; a booking id that is not theirs is "no such booking".
/// </summary>
public sealed class BookingService(TrainingHubDbContext db, EventWrites writes)
{
    public const string NoSuchBooking = "There is no such booking";

    /// <summary>Books <paramref name="personId"/>; a lead booking someone else may do so outside the booking window.</summary>
    public async Task<BookingResult> BookAsync(int eventId, int personId, int actorId, string? note = null, bool byLead = false,
        BookingAnswers? answers = null)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.IsActive)
            .Select(p => new { p.PracticeId, p.ProfessionalRole, Name = p.GivenName + " " + p.FamilyName }).FirstOrDefaultAsync();
        if (person is null) return BookingResult.Refused("There is no such person");
        if (person.PracticeId is null && !byLead)
            return BookingResult.Refused("Only people who work in a practice can book: ask the programme team to link you to your practice");
        var alreadyBooked = personId == actorId ? EventWrites.AlreadyBooked : $"{person.Name} already has a booking for this event";
        return await writes.RunAsync(eventId, async write =>
        {
            var e = write.Events[eventId];
            if (WhyNotBook(e, write.Now, byLead) is { } why) return BookingResult.Refused(why);
            // A quick, friendly answer; the unique index on live bookings is what guarantees it.
            if (await db.Bookings.AnyAsync(b => b.ProgrammeEventId == eventId && b.PersonId == personId && b.State != BookingState.Cancelled))
                return BookingResult.Refused(alreadyBooked);
            var booking = Booking.Request(eventId, personId, person.PracticeId, person.ProfessionalRole, write.Now,
                bookedById: personId == actorId ? null : actorId, note: note);
            if (booking.Answer(answers ?? BookingAnswers.None, await QuestionsAsync(eventId), write.Now) is { } refused)
                return BookingResult.Refused(refused, answers?.WhyNot()?.Field);
            await PlaceAsync(booking, e, actorId, personId == actorId ? "Booked by the attendee" : $"Booked by {await NameOfAsync(actorId)}", write.Now);
            db.Bookings.Add(booking);
            return BookingResult.Done(booking);
        }, alreadyBooked);
    }

    /// <summary>A newcomer takes a free place only when nobody is waiting; otherwise joins the end of the line.</summary>
    public async Task PlaceAsync(Booking booking, EventFacts e, int actorId, string why, DateTimeOffset now)
    {
        var held = await EventFacts.PlacesHeldAsync(db, e.Id);
        var waiting = await db.Bookings.Where(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted)
            .Select(b => b.WaitingPosition).ToListAsync();
        var to = WaitingList.NewcomerGoesTo(e.Capacity - held, waiting.Count);
        if (to == BookingState.Booked) booking.MoveTo(to, actorId, why, now);
        else booking.JoinWaitingList((waiting.Max() ?? 0) + 1, actorId, $"{why}: the event was full, so joined the waiting list", now);
    }

    public static string? WhyNotBook(EventFacts e, DateTimeOffset now, bool byLead)
    {
        var openness = e.Window.At(now);
        if (byLead && openness is BookingOpenness.NotYetOpen or BookingOpenness.Closed) return null;
        return BookingWindow.WhyNot(openness);
    }

    /// <summary>Cancel a place, leave the waiting list or decline an offer: the attendee's own booking only.</summary>
    public Task<BookingResult> CancelAsync(int bookingId, int personId, string? reason) => OwnAsync(bookingId, personId, async (booking, write) =>
    {
        var e = write.Events[booking.ProgrammeEventId];
        if (booking.State is BookingState.Booked && e.CancellationCutOff is { } cutOff && !CancellationCutOff.AttendeeMayCancel(cutOff, write.Now))
            return BookingResult.Refused($"Places can only be cancelled here until {PlaceOffers.Describe(cutOff)}: please contact the programme team", "Reason");
        var what = booking.State switch
        {
            BookingState.Waitlisted => "Left the waiting list",
            BookingState.Offered => "Declined the offer of a place",
            _ => "Cancelled by the attendee",
        };
        if (booking.Cancel(personId, Because(what, reason), write.Now) is { } why) return BookingResult.Refused(why);
        write.FreedBecause = $"{await NameOfAsync(personId)} {(booking.Transitions[^1].From == BookingState.Offered ? "declined an offer" : "cancelled")}";
        return BookingResult.Done(booking);
    });

    public Task<BookingResult> AcceptOfferAsync(int bookingId, int personId) => OwnAsync(bookingId, personId, (booking, write) =>
    {
        if (booking.State != BookingState.Offered) return Task.FromResult(BookingResult.Refused("There is no offer to accept on this booking"));
        if (WaitingList.HasLapsed(booking.OfferExpiresAt, write.Now))
            return Task.FromResult(BookingResult.Refused("This offer has lapsed and has passed to the next person in line"));
        booking.MoveTo(BookingState.Booked, personId, "Accepted the offer of a place", write.Now);
        return Task.FromResult(BookingResult.Done(booking));
    });

    /// <summary>The attendee changes their answers to the event type's booking questions on their own booking.</summary>
    public Task<BookingResult> AnswerAsync(int bookingId, int personId, BookingAnswers answers) => OwnAsync(bookingId, personId, async (booking, write) =>
    {
        if (booking.State == BookingState.Cancelled) return BookingResult.Refused("This booking is cancelled");
        return booking.Answer(answers, await QuestionsAsync(booking.ProgrammeEventId), write.Now) is { } why
            ? BookingResult.Refused(why, answers.WhyNot()?.Field)
            : BookingResult.Done(booking);
    });

    /// <summary>The questions the event's type asks when booking.</summary>
    public async Task<BookingQuestions> QuestionsAsync(int eventId) =>
        await db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new BookingQuestions(e.EventType!.AsksAccessNeeds, e.EventType.AsksDietaryNeeds, e.EventType.AsksJobRole))
            .FirstOrDefaultAsync() ?? BookingQuestions.None;

    /// <summary>What happened, and the person's own reason when they gave one.</summary>
    public static string Because(string what, string? reason) => string.IsNullOrWhiteSpace(reason) ? what : $"{what}: {reason.Trim()}";

    private async Task<BookingResult> OwnAsync(int bookingId, int personId, Func<Booking, EventWrite, Task<BookingResult>> act)
    {
        var eventId = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.PersonId == personId)
            .Select(b => (int?)b.ProgrammeEventId).FirstOrDefaultAsync();
        if (eventId is null) return BookingResult.Refused(NoSuchBooking);
        return await writes.RunAsync(eventId.Value, async write =>
        {
            var booking = await db.Bookings
                .FirstOrDefaultAsync(b => b.Id == bookingId && b.PersonId == personId);
            if (booking is null) return BookingResult.Refused(NoSuchBooking);
            var result = await act(booking, write);
            if (result.Succeeded && booking.State == BookingState.Cancelled) await RenumberAsync(booking.ProgrammeEventId);
            return result;
        });
    }

    /// <summary>Closes the gap someone left in the waiting list.</summary>
    public async Task RenumberAsync(int eventId)
    {
        var loaded = await db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.State == BookingState.Waitlisted).ToListAsync();
        // Tracked changes not yet saved win over what the query matched: someone who just left is no longer waiting.
        PlaceOffers.Renumber(loaded.Where(b => b.State == BookingState.Waitlisted));
    }

    public Task<string> NameOfAsync(int personId) =>
        db.People.Where(p => p.Id == personId).Select(p => p.GivenName + " " + p.FamilyName).FirstAsync();
}
