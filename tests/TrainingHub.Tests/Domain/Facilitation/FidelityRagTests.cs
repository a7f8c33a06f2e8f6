using TrainingHub.Web.Domain.Facilitation;
using static TrainingHub.Web.Domain.Facilitation.FidelityRating;

namespace TrainingHub.Tests.Domain.Facilitation;

public class FidelityRagTests
{
    private static readonly FidelityElement[] Essentials = [FidelityElement.PcspConversation, FidelityElement.SharedPlan];
    private static readonly FidelityElement[] Others = FidelityElements.All.Select(e => e.Element).Except(Essentials).ToArray();

    private static Dictionary<FidelityElement, FidelityRating?> All(FidelityRating? rating) =>
        FidelityElements.All.ToDictionary(e => e.Element, _ => rating);

    private static Dictionary<FidelityElement, FidelityRating?> FullyExcept(params (FidelityElement Element, FidelityRating? Rating)[] except)
    {
        var ratings = All(Fully);
        foreach (var (element, rating) in except) ratings[element] = rating;
        return ratings;
    }

    [Fact]
    public void The_standard_has_the_six_year_of_care_elements_and_nhs_englands_five_criteria()
    {
        Assert.Equal(6, FidelityElements.All.Count(e => e.Standard == FidelityStandard.YearOfCareProcess));
        Assert.Equal(5, FidelityElements.All.Count(e => e.Standard == FidelityStandard.NhsEnglandCriteria));
        Assert.Equal(Essentials, FidelityElements.All.Where(e => e.Essential).Select(e => e.Element));
        Assert.Equal(FidelityElements.All.Count, FidelityElements.All.Select(e => e.Element).Distinct().Count());
    }

    [Fact]
    public void There_is_no_overall_rating_until_every_element_is_rated()
    {
        var result = FidelityRag.Decide(FullyExcept((FidelityElement.Triage, null)));
        Assert.Null(result.Status);
        Assert.Equal("1 of 11 elements are not rated yet.", result.Explanation);
        Assert.Null(FidelityRag.Decide(new Dictionary<FidelityElement, FidelityRating?>()).Status);
    }

    [Fact]
    public void Every_element_fully_in_place_is_green()
    {
        Assert.Equal(RagStatus.Green, FidelityRag.Decide(All(Fully)).Status);
    }

    [Fact]
    public void Two_non_essential_elements_partly_in_place_is_still_green()
    {
        Assert.Equal(RagStatus.Green, FidelityRag.Decide(FullyExcept((Others[0], Partly), (Others[1], Partly))).Status);
    }

    [Fact]
    public void Three_elements_partly_in_place_is_amber()
    {
        Assert.Equal(RagStatus.Amber, FidelityRag.Decide(FullyExcept((Others[0], Partly), (Others[1], Partly), (Others[2], Partly))).Status);
    }

    [Theory]
    [InlineData(FidelityElement.PcspConversation)]
    [InlineData(FidelityElement.SharedPlan)]
    public void An_essential_element_only_partly_in_place_is_amber_even_when_all_else_is_fully(FidelityElement essential)
    {
        Assert.Equal(RagStatus.Amber, FidelityRag.Decide(FullyExcept((essential, Partly))).Status);
    }

    [Theory]
    [InlineData(FidelityElement.PcspConversation)]
    [InlineData(FidelityElement.SharedPlan)]
    public void An_essential_element_not_in_place_is_red_even_when_all_else_is_fully(FidelityElement essential)
    {
        var result = FidelityRag.Decide(FullyExcept((essential, NotInPlace)));
        Assert.Equal(RagStatus.Red, result.Status);
        Assert.Equal("An essential element is not in place.", result.Explanation);
    }

    [Fact]
    public void One_or_two_non_essential_elements_not_in_place_is_amber()
    {
        Assert.Equal(RagStatus.Amber, FidelityRag.Decide(FullyExcept((Others[0], NotInPlace))).Status);
        Assert.Equal(RagStatus.Amber, FidelityRag.Decide(FullyExcept((Others[0], NotInPlace), (Others[1], NotInPlace))).Status);
    }

    [Fact]
    public void Three_non_essential_elements_not_in_place_is_red()
    {
        var result = FidelityRag.Decide(FullyExcept((Others[0], NotInPlace), (Others[1], NotInPlace), (Others[2], NotInPlace)));
        Assert.Equal(RagStatus.Red, result.Status);
        Assert.Equal("3 elements are not in place.", result.Explanation);
    }

    [Fact]
    public void Every_element_partly_in_place_is_amber()
    {
        Assert.Equal(RagStatus.Amber, FidelityRag.Decide(All(Partly)).Status);
    }

    [Fact]
    public void Nothing_in_place_is_red()
    {
        Assert.Equal(RagStatus.Red, FidelityRag.Decide(All(NotInPlace)).Status);
    }

    [Fact]
    public void The_rule_shown_on_the_page_names_the_thresholds_the_code_uses()
    {
        Assert.Contains($"{FidelityRag.RedAtNotInPlace} or more elements are not in place", FidelityRag.Rule[1]);
        Assert.Contains($"at most {FidelityRag.GreenAllowsPartly} elements are only partly in place", FidelityRag.Rule[2]);
    }

    [Fact]
    public void Nhs_englands_criteria_keep_nhs_englands_wording()
    {
        Assert.Equal("People have the opportunity to formally and informally review their care plan.",
            FidelityElements.Of(FidelityElement.OpportunityToReview).Wording);
    }
}
