namespace TrainingHub.Web.Domain.Facilitation;

public enum RagStatus { Red, Amber, Green }

public sealed record RagResult(RagStatus? Status, string Explanation)
{
    public string DisplayName => Status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        _ => "Not rated yet",
    };
}

/// <summary>
/// The overall red, amber or green of a fidelity review, from its element ratings. The rule, as the review page
/// shows it:
/// <list type="number">
/// <item>No overall rating until every element is rated.</item>
/// <item>Red when an essential element (the PCSP conversation with a trained clinician; goals and actions
///       agreed and recorded in a shared plan) is not in place, or when 3 or more elements are not in place:
///       without the conversation and the plan there is no PCSP, whatever else is in place.</item>
/// <item>Green when no element is not in place, both essential elements are fully in place and at most 2
///       elements are only partly in place.</item>
/// <item>Amber otherwise: the model is there but needs support.</item>
/// </list>
/// </summary>
public static class FidelityRag
{
    public const int RedAtNotInPlace = 3;
    public const int GreenAllowsPartly = 2;

    public static readonly IReadOnlyList<string> Rule =
    [
        "No overall rating until every element is rated.",
        "Red when an essential element (the PCSP conversation with a trained clinician, or goals and actions agreed and recorded in a shared plan) is not in place, or when " + RedAtNotInPlace + " or more elements are not in place.",
        "Green when no element is not in place, both essential elements are fully in place and at most " + GreenAllowsPartly + " elements are only partly in place.",
        "Amber otherwise.",
    ];

    public static RagResult Decide(IReadOnlyDictionary<FidelityElement, FidelityRating?> ratings)
    {
        var unrated = FidelityElements.All.Count(e => ratings.GetValueOrDefault(e.Element) is null);
        if (unrated > 0)
            return new(null, $"{unrated} of {FidelityElements.All.Count} elements are not rated yet.");

        var essentials = FidelityElements.All.Where(e => e.Essential).Select(e => ratings[e.Element]!.Value).ToList();
        var notInPlace = FidelityElements.All.Count(e => ratings[e.Element] == FidelityRating.NotInPlace);
        var partly = FidelityElements.All.Count(e => ratings[e.Element] == FidelityRating.Partly);

        if (essentials.Contains(FidelityRating.NotInPlace))
            return new(RagStatus.Red, "An essential element is not in place.");
        if (notInPlace >= RedAtNotInPlace)
            return new(RagStatus.Red, $"{notInPlace} elements are not in place.");
        if (notInPlace == 0 && essentials.All(r => r == FidelityRating.Fully) && partly <= GreenAllowsPartly)
            return new(RagStatus.Green, partly == 0 ? "Every element is fully in place." : $"Essentials fully in place; {partly} element(s) partly in place.");
        return new(RagStatus.Amber, notInPlace > 0
            ? $"{notInPlace} element(s) not in place and {partly} partly in place."
            : partly > GreenAllowsPartly ? $"{partly} elements are only partly in place." : "An essential element is only partly in place.");
    }
}
