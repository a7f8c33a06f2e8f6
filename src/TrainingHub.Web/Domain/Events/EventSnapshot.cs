namespace TrainingHub.Web.Domain.Events;

/// <summary>An event's details as people read them, to say what an edit changed.</summary>
public sealed record EventSnapshot(
    string Type, string Title, string? Place, string Venue, string? JoiningLink, int Capacity,
    DateTimeOffset? BookingOpensAt, DateTimeOffset? BookingClosesAt,
    IReadOnlyList<Interval> Sessions, IReadOnlyList<string> Trainers,
    int CheckInOpensMinutesBefore = Bookings.SelfCheckIn.DefaultOpensMinutesBefore)
{
    /// <summary>One line per thing that differs, in words a lead reads in the event's history.</summary>
    public static IReadOnlyList<string> Differences(EventSnapshot before, EventSnapshot after)
    {
        var lines = new List<string>();
        void Compare(string what, string? from, string? to)
        {
            if (Change(what, from, to) is { } line) lines.Add(line);
        }
        Compare("Type", before.Type, after.Type);
        Compare("Title", before.Title, after.Title);
        Compare("Place", before.Place, after.Place);
        Compare("Venue", before.Venue, after.Venue);
        Compare("Joining link", before.JoiningLink, after.JoiningLink);
        Compare("Capacity", before.Capacity.ToString(), after.Capacity.ToString());
        Compare("Booking opens", Moment(before.BookingOpensAt), Moment(after.BookingOpensAt));
        Compare("Booking closes", Moment(before.BookingClosesAt), Moment(after.BookingClosesAt));
        Compare("Sessions", SessionList(before), SessionList(after));
        Compare("Check-in opens", CheckInOpens(before), CheckInOpens(after));
        Compare("Trainers", string.Join("; ", before.Trainers), string.Join("; ", after.Trainers));
        return lines;
    }

    /// <summary>The history's line for one detail that changed (the words attendees' messages are made from), or null.</summary>
    public static string? Change(string what, string? from, string? to) =>
        string.Equals(from ?? "", to ?? "", StringComparison.Ordinal) ? null
            : $"{what} changed from '{(string.IsNullOrEmpty(from) ? "none" : from)}' to '{(string.IsNullOrEmpty(to) ? "none" : to)}'";

    private static string? Moment(DateTimeOffset? at) =>
        at is { } instant ? $"{LondonTime.ToLocal(instant):d MMMM yyyy HH:mm} {LondonTime.ZoneAbbreviation(instant)}" : null;

    private static string CheckInOpens(EventSnapshot s) =>
        $"{Bookings.SelfCheckIn.Minutes(s.CheckInOpensMinutesBefore)} before each session";

    private static string SessionList(EventSnapshot s) =>
        string.Join("; ", s.Sessions.Select(i => LondonTime.Describe(i.StartsAt, i.EndsAt)));
}
