namespace TrainingHub.Web.Domain.Messages;

/// <summary>
/// Which recorded changes to an event the people booked on it must hear about: when and where it happens
/// (sessions, venue, joining link). Capacity, booking dates or trainers change nothing for them.
/// </summary>
public static class EventChangeNotice
{
    private static readonly string[] Matters = ["Sessions changed", "Venue changed", "Joining link changed"];

    /// <summary>The lines of a change summary (one per difference, as the event history records them) that matter to attendees.</summary>
    public static IReadOnlyList<string> WhatAttendeesNeedToKnow(string changeSummary) =>
        changeSummary.ReplaceLineEndings("\n").Split('\n')
            .Where(line => Matters.Any(m => line.StartsWith(m, StringComparison.Ordinal)))
            .ToList();
}
