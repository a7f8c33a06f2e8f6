namespace TrainingHub.Web.Pages.Feedback;

/// <summary>What the _Scale partial draws: one question answered by choosing one of a few values.</summary>
public sealed record ScaleView(string Name, string Legend, string Hint, string? Chosen, IReadOnlyList<(string Value, string Label)> Options)
{
    public static IReadOnlyList<(string, string)> OneToFive(string low, string high) =>
        [("1", $"1 {low}"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", $"5 {high}")];
}

/// <summary>What the _Select partial draws: a filter drop-down.</summary>
public sealed record SelectView(string Name, string Label, int? Chosen, OptionList Options, string? Hint = null)
{
    public string Id => Name.Replace('.', '_');
}
