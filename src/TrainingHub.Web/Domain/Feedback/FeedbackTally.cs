namespace TrainingHub.Web.Domain.Feedback;

/// <summary>A sum over how many answers gave it: a mean waiting to be worked out.</summary>
public readonly record struct Total(int Sum, int Count)
{
    public static Total operator +(Total a, Total b) => new(a.Sum + b.Sum, a.Count + b.Count);
}

/// <summary>
/// The counts and sums every feedback figure is worked out from. Tallies add up, so the database can count each
/// event's answers and a report's overall row is its events' tallies added together, without reading one answer.
/// Needs are counted in the order of <see cref="FeedbackWords.EachNeed"/>; ratings from 1 to 5.
/// </summary>
public sealed record FeedbackTally(
    int Responses, int RatingSum, IReadOnlyList<int> Ratings, int Understood, int Agreed,
    Total Before, Total After, Total Shift, int NeedsAsked, IReadOnlyList<int> Needs)
{
    public static readonly FeedbackTally None =
        new(0, 0, new int[5], 0, 0, default, default, default, 0, new int[FeedbackWords.EachNeed.Length]);

    public static FeedbackTally Of(IEnumerable<FeedbackAnswers> answers) => Sum(answers.Select(Of));

    public static FeedbackTally Sum(IEnumerable<FeedbackTally> tallies) => tallies.Aggregate(None, (all, t) => all + t);

    private static FeedbackTally Of(FeedbackAnswers a) => new(
        1, a.OverallRating, Enumerable.Range(1, 5).Select(r => a.OverallRating == r ? 1 : 0).ToArray(),
        a.Understanding is null ? 0 : 1, a.Understanding >= Agreement.Agree ? 1 : 0,
        Given(a.ConfidenceBefore), Given(a.ConfidenceAfter),
        a is { ConfidenceBefore: { } before, ConfidenceAfter: { } after } ? new Total(after - before, 1) : default,
        a.Needs is null ? 0 : 1, FeedbackWords.EachNeed.Select(n => a.Needs is { } needs && needs.HasFlag(n) ? 1 : 0).ToArray());

    private static Total Given(int? value) => value is { } v ? new Total(v, 1) : default;

    public static FeedbackTally operator +(FeedbackTally a, FeedbackTally b) => new(
        a.Responses + b.Responses, a.RatingSum + b.RatingSum, Add(a.Ratings, b.Ratings), a.Understood + b.Understood, a.Agreed + b.Agreed,
        a.Before + b.Before, a.After + b.After, a.Shift + b.Shift, a.NeedsAsked + b.NeedsAsked, Add(a.Needs, b.Needs));

    private static int[] Add(IReadOnlyList<int> a, IReadOnlyList<int> b) => a.Zip(b, (x, y) => x + y).ToArray();
}
