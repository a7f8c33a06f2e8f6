namespace TrainingHub.Web.Domain.Events;

/// <summary>What a UK wall-clock time means as an instant: the instant, or why it has none.</summary>
public sealed record LocalTimeReading(DateTimeOffset? Instant, string? Problem)
{
    public bool IsValid => Instant is not null;
}

/// <summary>
/// The programme schedules in UK local time (Europe/London) and stores UTC instants. Clocks go forward at
/// 01:00 GMT on the last Sunday of March (01:00–01:59 does not exist) and back at 02:00 BST on the last Sunday
/// of October (01:00–01:59 happens twice).
/// </summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>
    /// The instant a London wall-clock time names. A time skipped when the clocks go forward has no instant;
    /// a time that happens twice when they go back is read as the first (BST) one, as a person planning
    /// a session that morning would mean.
    /// </summary>
    public static LocalTimeReading ToInstant(DateOnly date, TimeOnly time)
    {
        var wallClock = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wallClock))
            return new(null, $"{time:HH\\:mm} on {date:d MMMM yyyy} does not exist in the UK because the clocks go forward");
        var offset = Zone.IsAmbiguousTime(wallClock)
            ? Zone.GetAmbiguousTimeOffsets(wallClock).Max()
            : Zone.GetUtcOffset(wallClock);
        return new(new DateTimeOffset(wallClock, offset).ToUniversalTime(), null);
    }

    /// <summary>The London wall-clock time of an instant, with its offset (+00:00 in GMT, +01:00 in BST).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Today's date in the UK, by the portal's clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant a London day starts (midnight is never skipped or repeated in the UK).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue).Instant!.Value;

    public static string ZoneAbbreviation(DateTimeOffset instant) => ToLocal(instant).Offset == TimeSpan.Zero ? "GMT" : "BST";

    /// <summary>"3 March 2026 at 14:05": when something was saved, in UK time.</summary>
    public static string Display(DateTimeOffset instant) => ToLocal(instant).ToString("d MMMM yyyy 'at' HH:mm");

    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy");

    /// <summary>"Tuesday 3 March 2026, 09:30 to 16:00 GMT": how sessions read on every page.</summary>
    public static string Describe(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var start = ToLocal(startsAt);
        var end = ToLocal(endsAt);
        var endText = DateOnly.FromDateTime(start.DateTime) == DateOnly.FromDateTime(end.DateTime)
            ? end.ToString("HH:mm") : end.ToString("dddd d MMMM yyyy, HH:mm");
        return $"{start:dddd d MMMM yyyy, HH:mm} to {endText} {ZoneAbbreviation(endsAt)}";
    }
}
