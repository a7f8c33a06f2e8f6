using System.Globalization;

namespace TrainingHub.Web.Domain.Feedback;

/// <summary>One response's answers, as the arithmetic needs them (no names, no comments).</summary>
public sealed record FeedbackAnswers(int OverallRating, Agreement? Understanding, int? ConfidenceBefore, int? ConfidenceAfter, TrainingNeeds? Needs);

/// <summary>A count out of a total. With nothing to count it says so rather than showing 0% or NaN.</summary>
public sealed record Share(int Count, int Of)
{
    /// <summary>Withheld because too few responded (<see cref="FeedbackFigures.MinimumResponses"/>): no count, no percentage.</summary>
    public bool IsWithheld { get; private init; }
    public static Share Withheld(int of) => new(0, of) { IsWithheld = true };

    public int? Percent => Of == 0 || IsWithheld ? null : (int)Math.Round(100m * Count / Of, MidpointRounding.AwayFromZero);
    /// <summary>Under five answers a percentage swings wildly; pages say so beside it.</summary>
    public bool IsSmall => Of is > 0 and < 5;
    public string Display(string whenNone = "no responses") =>
        IsWithheld ? FeedbackFigures.WithheldText : Of == 0 ? whenNone : $"{Percent}% ({Count} of {Of})";
}

/// <summary>A mean on the 1–5 scale over <see cref="Of"/> answers; none when nobody answered.</summary>
public sealed record Mean(decimal? Value, int Of)
{
    public bool IsWithheld { get; private init; }
    public static Mean Withheld(int of) => new(null, of) { IsWithheld = true };

    public static Mean From(Total total) =>
        new(total.Count == 0 ? null : Math.Round((decimal)total.Sum / total.Count, 1, MidpointRounding.AwayFromZero), total.Count);

    public string Display(string whenNone = "no responses") =>
        IsWithheld ? FeedbackFigures.WithheldText : Value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : whenNone;

    public string DisplaySigned(string whenNone = "no responses") =>
        IsWithheld ? FeedbackFigures.WithheldText : Value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.0", CultureInfo.InvariantCulture) : whenNone;
}

public sealed record NeedCount(TrainingNeeds Need, Share Share);

/// <summary>
/// Every figure the feedback reports show, worked out in one place. Questions switched off for an event type are
/// left unanswered (null), so each figure is over the people who were asked and answered, and says how many.
/// The confidence shift is over people who gave both a before and an after, so it is each person's own change.
/// Where fewer than <see cref="MinimumResponses"/> people responded, every answer figure is withheld (only how many
/// responded is shown): with so few, a percentage or a mean can tell a trainer or a colleague how one person answered.
/// </summary>
public sealed class FeedbackFigures
{
    public const int MinimumResponses = 5;
    public const string WithheldText = "withheld: fewer than 5 responses";
    public const string WhyWithheld =
        "Where fewer than 5 people responded, their answers are not shown (only how many responded): with so few, the figures could show how someone answered.";

    /// <summary>Some responded, but too few for their answers to be shown.</summary>
    public bool IsWithheld => Responses is > 0 and < MinimumResponses;

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

    /// <summary>The figures as pages and exports show them: withheld where too few responded.</summary>
    public static FeedbackFigures From(int completedAttendees, FeedbackTally tally) =>
        tally.Responses is > 0 and < MinimumResponses ? Withheld(completedAttendees, tally) : Exact(completedAttendees, tally);

    public static FeedbackFigures Exact(int completedAttendees, IEnumerable<FeedbackAnswers> answers) =>
        Exact(completedAttendees, FeedbackTally.Of(answers));

    /// <summary>The arithmetic alone, however few responded: never shown as it is (see <see cref="From(int, FeedbackTally)"/>).</summary>
    public static FeedbackFigures Exact(int completedAttendees, FeedbackTally tally) => new()
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

    private static FeedbackFigures Withheld(int completedAttendees, FeedbackTally tally) => new()
    {
        ResponseRate = new Share(tally.Responses, Math.Max(completedAttendees, tally.Responses)),
        BetterUnderstanding = Share.Withheld(tally.Understood),
        ConfidenceBefore = Mean.Withheld(tally.Before.Count),
        ConfidenceAfter = Mean.Withheld(tally.After.Count),
        ConfidenceShift = Mean.Withheld(tally.Shift.Count),
        OverallRating = Mean.Withheld(tally.Responses),
        Ratings = tally.Ratings.Select(_ => Share.Withheld(tally.Responses)).ToList(),
        Needs = FeedbackWords.EachNeed.Select(need => new NeedCount(need, Share.Withheld(tally.NeedsAsked))).ToList(),
    };
}
