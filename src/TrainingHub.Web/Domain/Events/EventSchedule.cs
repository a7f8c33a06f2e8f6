namespace TrainingHub.Web.Domain.Events;

/// <summary>
/// The rules an event's dates and size keep: booking opens no later than the day it closes, and closes (at the end
/// of its closing day, UK time) no later than the first session starts; the number of places is never set below the
/// places already taken, except by a lead's override with a reason (the attendee list's own tool).
/// </summary>
public static class EventSchedule
{
    public static string? WhyNotOpens(DateOnly? opensOn, DateTimeOffset? firstSessionStarts) =>
        opensOn is { } opens && firstSessionStarts is { } first && LondonTime.StartOfDay(opens) >= first
            ? $"Booking must open before the first session starts ({Describe(first)})"
            : null;

    public static string? WhyNotCloses(DateOnly? opensOn, DateOnly? closesOn, DateTimeOffset? firstSessionStarts)
    {
        if (closesOn is not { } closes) return null;
        if (opensOn is { } opens && opens > closes) return "Booking must close on or after the day it opens";
        return firstSessionStarts is { } first && ClosesAt(closes) > first
            ? $"Booking must close before the first session starts ({Describe(first)}): choose {LondonTime.DateOf(first).AddDays(-1):d MMMM yyyy} or earlier"
            : null;
    }

    /// <summary>Booking stays open to the end of its closing day in the UK.</summary>
    public static DateTimeOffset ClosesAt(DateOnly closesOn) => LondonTime.StartOfDay(closesOn.AddDays(1));

    /// <summary>Why the form may not change the number of places to this (unchanged stays allowed, whatever was taken since).</summary>
    public static string? WhyNotCapacity(int capacity, int? savedCapacity, int placesTaken) =>
        capacity != savedCapacity && capacity < placesTaken
            ? $"Number of places cannot be below the {placesTaken} places already taken: to go below them, override the capacity with a reason from the attendee list"
            : null;

    private static string Describe(DateTimeOffset instant) => $"{LondonTime.ToLocal(instant):HH:mm} on {LondonTime.ToLocal(instant):d MMMM yyyy}";
}
