using TrainingHub.Web.Data.Entities.Bookings;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>What a booking action came to: the booking it touched, or the sentence that says why nothing changed.</summary>
public sealed record BookingResult(Booking? Booking, string? Problem, string? Field = null)
{
    public bool Succeeded => Problem is null;
    public static BookingResult Done(Booking booking) => new(booking, null);
    public static BookingResult Refused(string problem, string? field = null) => new(null, problem, field);
}
