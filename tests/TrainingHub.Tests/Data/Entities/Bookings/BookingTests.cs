using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Tests.Data.Entities.Bookings;

/// <summary>A booking guards its own state: every change goes through its methods, and a refused one changes nothing.</summary>
public sealed class BookingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Booking Requested() => Booking.Request(eventId: 1, personId: 2, practiceId: 3, role: null, Monday);

    [Fact]
    public void A_refused_move_changes_nothing_and_says_why()
    {
        var booking = Requested();
        Assert.Null(booking.MoveTo(BookingState.Booked, 2, "Booked by the attendee", Monday));
        var version = booking.Version;

        Assert.Equal("A booking that is booked cannot become offered a place", booking.Offer(Monday, Monday.AddDays(2), "A place came free", Monday.AddHours(1)));

        Assert.Equal((BookingState.Booked, version, 1, Monday), (booking.State, booking.Version, booking.Transitions.Count, booking.UpdatedAt));
        Assert.Null(booking.OfferExpiresAt);
    }

    [Fact]
    public void Every_cancellation_records_who_when_and_why_and_leaves_the_line()
    {
        var booking = Requested();
        Assert.Null(booking.JoinWaitingList(3, 2, "The event was full", Monday));
        var at = Monday.AddDays(1);

        Assert.Null(booking.Cancel(9, "Removed from the waiting list by a lead: duplicate", at, late: true));

        Assert.Equal((BookingState.Cancelled, at, 9, "Removed from the waiting list by a lead: duplicate"),
            (booking.State, booking.CancelledAt!.Value, booking.CancelledById!.Value, booking.CancellationReason));
        Assert.Null(booking.WaitingPosition);
        Assert.False(booking.IsLateCancellation);
        var move = booking.Transitions[^1];
        Assert.Equal((BookingState.Waitlisted, BookingState.Cancelled, 9), (move.From, move.To, move.ById!.Value));
    }

    [Fact]
    public void Only_a_booked_place_cancelled_after_the_cut_off_is_late_and_a_long_reason_is_cut()
    {
        var booking = Requested();
        Assert.Null(booking.MoveTo(BookingState.Booked, 2, null, Monday));

        Assert.Null(booking.Cancel(2, new string('x', Booking.ReasonLength + 10), Monday.AddDays(1), late: true));

        Assert.True(booking.IsLateCancellation);
        Assert.Equal(Booking.ReasonLength, booking.CancellationReason!.Length);
    }

    [Fact]
    public void Attending_completes_the_event_and_a_correction_to_no_show_clears_the_completion()
    {
        var booking = Requested();
        Assert.Null(booking.MoveTo(BookingState.Booked, 2, null, Monday));
        var lastSessionEnded = Monday.AddDays(3);

        Assert.Null(booking.MoveTo(BookingState.Attended, 5, "Present at every session", Monday.AddDays(4), lastSessionEnded));
        Assert.Equal(lastSessionEnded, booking.CompletedAt);

        Assert.Null(booking.MoveTo(BookingState.NoShow, 5, "Absent from a session", Monday.AddDays(5)));
        Assert.Null(booking.CompletedAt);
    }

    [Fact]
    public void An_offer_is_held_until_it_lapses_and_taking_it_leaves_the_line()
    {
        var booking = Requested();
        Assert.Null(booking.JoinWaitingList(1, 2, "The event was full", Monday));
        var until = Monday.AddDays(2);

        Assert.Null(booking.Offer(Monday, until, "A place came free", Monday));

        Assert.Equal((BookingState.Offered, Monday, until), (booking.State, booking.OfferedAt!.Value, booking.OfferExpiresAt!.Value));
        Assert.Null(booking.WaitingPosition);
    }

    [Fact]
    public void A_walk_in_is_booked_with_who_added_them()
    {
        var booking = Requested();

        Assert.Null(booking.AdmitWalkIn(7, "Walk-in: added at the door", Monday));

        Assert.Equal((BookingState.Booked, Monday, 7), (booking.State, booking.WalkInAt!.Value, booking.WalkInById!.Value));
    }

    [Fact]
    public void Only_someone_waiting_has_a_place_in_line_and_an_unchanged_place_is_not_a_change()
    {
        var booking = Requested();
        Assert.Throws<InvalidOperationException>(() => booking.MoveInLine(1));

        Assert.Null(booking.JoinWaitingList(2, 2, "The event was full", Monday));
        var version = booking.Version;
        booking.MoveInLine(2);
        Assert.Equal(version, booking.Version);
        booking.MoveInLine(1);
        Assert.Equal((1, version + 1), (booking.WaitingPosition!.Value, booking.Version));
    }

    [Fact]
    public void Answers_are_trimmed_blanks_are_no_answer_and_questions_not_asked_are_dropped()
    {
        var booking = Requested();
        var version = booking.Version;

        Assert.Null(booking.Answer(new BookingAnswers("  Step-free access, please  ", "   ", ProfessionalRole.Pharmacist),
            new BookingQuestions(AccessNeeds: true, DietaryNeeds: true, JobRole: false), Monday.AddHours(1)));

        Assert.Equal(("Step-free access, please", (string?)null, (ProfessionalRole?)null), (booking.AccessNeeds, booking.DietaryNeeds, booking.ConfirmedJobRole));
        Assert.Equal((version + 1, Monday.AddHours(1)), (booking.Version, booking.UpdatedAt));
    }

    [Fact]
    public void An_over_long_answer_is_refused_and_changes_nothing()
    {
        var booking = Requested();
        var all = new BookingQuestions(true, true, true);
        Assert.Null(booking.Answer(new BookingAnswers("Hearing loop", "Vegan", ProfessionalRole.PracticeNurse), all, Monday));
        var version = booking.Version;

        var why = booking.Answer(new BookingAnswers("Hearing loop", new string('x', BookingAnswers.MaxLength + 1), null), all, Monday.AddDays(1));

        Assert.Equal("Dietary needs must be 500 characters or fewer", why);
        Assert.Equal(("Hearing loop", "Vegan", ProfessionalRole.PracticeNurse, version),
            (booking.AccessNeeds, booking.DietaryNeeds, booking.ConfirmedJobRole!.Value, booking.Version));
    }

    [Fact]
    public void An_answer_of_exactly_the_limit_after_trimming_is_kept()
    {
        var booking = Requested();
        var answer = new string('a', BookingAnswers.MaxLength);

        Assert.Null(booking.Answer(new BookingAnswers($"  {answer}  ", null, null), new BookingQuestions(true, false, false), Monday));

        Assert.Equal(answer, booking.AccessNeeds);
    }
}
