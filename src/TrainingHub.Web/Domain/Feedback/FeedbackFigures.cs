using System.Globalization;

namespace TrainingHub.Web.Domain.Feedback;

/// <summary>One response's answers, as the arithmetic needs them (no names, no comments).</summary>
public sealed record FeedbackAnswers(int OverallRating, Agreement? Understanding, int? ConfidenceBefore, int? ConfidenceAfter, TrainingNeeds? Needs);

/// <summary>A count out of a total. With nothing to count it says so rather than showing 0% or NaN.</summary>
public sealed record Share(int Count, int Of)
{
    public int? Percent => Of == 0 ? null : (int)Math.Round(100m * Count / Of, MidpointRounding.AwayFromZero);
    /// <summary>Under five answers a percentage swings wildly; pages say so beside it.</summary>
    public bool IsSmall => Of is > 0 and < 5;
    public string Display(string whenNone = "no responses") => Of == 0 ? whenNone : $"{Percent}% ({Count} of {Of})";
}

/// <summary>A mean on the 1–5 scale over <see cref="Of"/> answers; none when nobody answered.</summary>
public sealed record Mean(decimal? Value, int Of)
{
    public static Mean From(Total total) =>
        new(total.Count == 0 ? null : Math.Round((decimal)total.Sum / total.Count, 1, MidpointRounding.AwayFromZero), total.Count);

    public string Display(string whenNone = "no responses") =>
        Value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : whenNone;

    public string DisplaySigned(string whenNone = "no responses") =>
        Value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.0", CultureInfo.InvariantCulture) : whenNone;
}

public sealed record NeedCount(TrainingNeeds Need, Share Share);

/// <summary>
/// Every figure the feedback reports show, worked out in one place. Questions switched off for an event type are
/// left unanswered (null), so each figure is over the people who were asked and answered, and says how many.
/// The confidence shift is over people who gave both a before and an after, so it is each person's own change.
/// </summary>
public sealed class FeedbackFigures
{
    public required Share ResponseRate { get; init; }
    public required Share BetterUnderstanding { get; init; }
    public required Mean ConfidenceBefore { get; init; }
    public required Mean ConfidenceAfter { get; init; }
    public required Mean ConfidenceShift { get; init; }
    public required Mean OverallRating { get; init; }
    /// <summary>How many gave each rating, index 0 for a rating of 1.</summary>
    public required IReadOnlyList<Share> Ratings { get; init; }
    public required IReadOnlyList<NeedCount> Needs { get; init; }
    public int Responses => ResponseRate.Count;

    public static FeedbackFigures From(int completedAttendees, IEnumerable<FeedbackAnswers> answers) =>
        From(completedAttendees, FeedbackTally.Of(answers));

    public static FeedbackFigures From(int completedAttendees, FeedbackTally tally) => new()
    {
        ResponseRate = new Share(tally.Responses, Math.Max(completedAttendees, tally.Responses)),
        BetterUnderstanding = new Share(tally.Agreed, tally.Understood),
        ConfidenceBefore = Mean.From(tally.Before),
        ConfidenceAfter = Mean.From(tally.After),
        ConfidenceShift = Mean.From(tally.Shift),
        OverallRating = Mean.From(new Total(tally.RatingSum, tally.Responses)),
        Ratings = tally.Ratings.Select(count => new Share(count, tally.Responses)).ToList(),
        Needs = FeedbackWords.EachNeed.Select((need, i) => new NeedCount(need, new Share(tally.Needs[i], tally.NeedsAsked))).ToList(),
    };
}
