using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Tests.Domain.Trainers;

public sealed class AccreditationCoverageTests
{
    private static readonly IReadOnlyList<CoverageType> Programme =
        EventTypeSeeds.All.Select(t => new CoverageType(t.Slug, t.Name, t.RequiredAccreditation)).ToList();

    [Fact]
    public void Observing_the_yoc_course_accredits_for_it_and_so_for_every_type_led_by_yoc_trainers()
    {
        var coverage = AccreditationCoverage.Of("yoc-training-course", Programme);
        Assert.Equal("yoc-training-course", coverage.Grants);
        Assert.Equal("YOC training course", coverage.LetsLead[0]);
        Assert.Contains("Whole practice team workshop", coverage.LetsLead);
        Assert.DoesNotContain("Train the Trainer programme", coverage.LetsLead);
    }

    [Fact]
    public void Observing_a_whole_practice_workshop_accredits_for_nothing_and_names_the_course_that_does()
    {
        Assert.False(AccreditationCoverage.Of("whole-practice-team-workshop", Programme).CanAccredit);
        Assert.Equal("YOC training course", AccreditationCoverage.AccreditedBy("whole-practice-team-workshop", Programme));
    }

    [Fact]
    public void Train_the_trainer_accredits_only_for_itself() =>
        Assert.Equal(["Train the Trainer programme"], AccreditationCoverage.Of("train-the-trainer", Programme).LetsLead);

    [Fact]
    public void A_type_any_trainer_may_lead_accredits_for_nothing() =>
        Assert.Equal((false, (string?)null), (AccreditationCoverage.Of("trainer-meeting", Programme).CanAccredit, AccreditationCoverage.AccreditedBy("trainer-meeting", Programme)));

    private static readonly QaRating[] AllMet = [.. QaCriteria.All.Select(_ => QaRating.Met)];

    [Fact]
    public void Accredited_with_every_criterion_met_stands() =>
        Assert.Null(QaOutcomeRules.Refusal(QaOutcome.Accredited, AllMet, true, "YOC training course", null));

    [Fact]
    public void Accredited_with_a_criterion_not_yet_met_is_refused()
    {
        var ratings = AllMet.ToArray();
        ratings[3] = QaRating.NotYetMet;
        Assert.Equal(QaOutcomeRules.NotEveryCriterionMet(QaOutcome.Accredited), QaOutcomeRules.Refusal(QaOutcome.Accredited, ratings, true, "YOC training course", null));
    }

    [Fact]
    public void Accredited_with_a_criterion_partly_met_is_refused()
    {
        var ratings = AllMet.ToArray();
        ratings[0] = QaRating.PartlyMet;
        Assert.NotNull(QaOutcomeRules.Refusal(QaOutcome.Accredited, ratings, true, "YOC training course", null));
    }

    [Fact]
    public void Accredited_is_refused_where_the_observation_cannot_accredit() =>
        Assert.Equal(QaOutcomeRules.DoesNotAccredit("Whole practice team workshop", "YOC training course"),
            QaOutcomeRules.Refusal(QaOutcome.Accredited, AllMet, false, "Whole practice team workshop", "YOC training course"));

    [Fact]
    public void Standard_met_is_for_observations_that_cannot_accredit() =>
        Assert.Equal((QaOutcomeRules.CanAccredit, (string?)null),
            (QaOutcomeRules.Refusal(QaOutcome.StandardMet, AllMet, true, "YOC training course", null),
             QaOutcomeRules.Refusal(QaOutcome.StandardMet, AllMet, false, "Whole practice team workshop", "YOC training course")));

    [Fact]
    public void Further_development_needed_stands_whatever_the_ratings() =>
        Assert.Null(QaOutcomeRules.Refusal(QaOutcome.FurtherDevelopmentNeeded, [QaRating.NotYetMet], true, "YOC training course", null));
}
