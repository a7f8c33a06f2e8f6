using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Domain.Bookings;

/// <summary>What a page offers a person on an event: only what their own state allows, so no offer ends in a refusal.</summary>
public enum PlaceAction { None, Book, JoinWaitingList, SeeBooking }

/// <summary>The person's own booking on an event, as far as the pages need it (their live one, else their last).</summary>
public sealed record OwnBooking(int BookingId, BookingState State, int? WaitingPosition, DateTimeOffset? OfferExpiresAt);

/// <summary>
/// Where the signed-in person stands on an event (booked, waiting number N, offered a place until…, attended,
/// cancelled) and the one action that state allows. A person with a live booking is sent to it, never offered a
/// second; a person who cannot book (the event is not open, they are not linked to a practice) is told why instead.
/// </summary>
public sealed record YourPlace(string? Standing, PlaceAction Action, string? WhyNotBook)
{
    public static YourPlace For(OwnBooking? own, BookingOpenness openness, int placesFree, int waiting, bool inAPractice)
    {
        if (own is not null && BookingLifecycle.IsLive(own.State)) return new(Describe(own), PlaceAction.SeeBooking, null);
        var standing = own is null ? null : Describe(own);
        if (BookingWindow.WhyNot(openness) is { } closed) return new(standing, PlaceAction.None, closed);
        if (!inAPractice) return new(standing, PlaceAction.None, NotInAPractice);
        var action = WaitingList.NewcomerGoesTo(placesFree, waiting) == BookingState.Booked ? PlaceAction.Book : PlaceAction.JoinWaitingList;
        return new(standing, action, null);
    }

    public const string NotInAPractice = "Only people who work in a practice can book: ask the programme team to link you to your practice";

    /// <summary>The person's state in words, with the number or date that matters to them.</summary>
    public static string Describe(OwnBooking own) => own.State switch
    {
        BookingState.Requested => "Your booking is being made",
        BookingState.Booked => "You have a place",
        BookingState.Waitlisted => own.WaitingPosition is { } n ? $"You are number {n} on the waiting list" : "You are on the waiting list",
        BookingState.Offered => own.OfferExpiresAt is { } until
            ? $"You are offered a place until {LondonTime.ToLocal(until):HH:mm} on {LondonTime.ToLocal(until):dddd d MMMM} (UK time)"
            : "You are offered a place",
        BookingState.Attended => "You attended",
        BookingState.NoShow => "You did not attend",
        _ => "You cancelled your place",
    };

    /// <summary>The people who may follow an online event's joining link: those holding a place on it.</summary>
    public static bool MaySeeJoiningLink(BookingState? own) =>
        own is BookingState.Booked or BookingState.Attended or BookingState.NoShow;
}
