using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Tests.Domain.Trainers;

public sealed class QaObservationRulesTests
{
    [Fact]
    public void Nobody_records_an_observation_of_themselves_not_even_a_lead() =>
        Assert.Equal(QaObservationRules.SelfAssessmentRefused, QaObservationRules.Refusal(7, 7, assessorIsLead: true, assessorHasAssessorRights: true));

    [Fact]
    public void A_lead_may_observe_another_trainer() =>
        Assert.Null(QaObservationRules.Refusal(1, 2, assessorIsLead: true, assessorHasAssessorRights: false));

    [Fact]
    public void A_trainer_with_assessor_rights_may_observe_another_trainer() =>
        Assert.Null(QaObservationRules.Refusal(1, 2, assessorIsLead: false, assessorHasAssessorRights: true));

    [Fact]
    public void A_trainer_without_assessor_rights_may_not_observe() =>
        Assert.Equal(QaObservationRules.NotAnAssessor, QaObservationRules.Refusal(1, 2, assessorIsLead: false, assessorHasAssessorRights: false));

    [Fact]
    public void There_are_six_criteria_each_with_a_name() =>
        Assert.Equal(6, QaCriteria.All.Select(QaCriteria.Name).Distinct().Count(n => !Enum.TryParse<QaCriterion>(n, out _)));
}

public sealed class TrainerPathwayTests
{
    private static readonly DateOnly Tot = new(2026, 1, 20);

    [Fact]
    public void A_trainee_just_out_of_Train_the_Trainer_has_three_steps_ahead()
    {
        var ahead = TrainerPathway.StepsAhead(new PathwayFacts(Tot, 0, 0, null, false));
        Assert.Equal(["Co-deliver beside accredited trainers", "Be observed delivering (quality assurance)", "Accredited to lead"], ahead.Select(s => s.Name));
    }

    [Fact]
    public void An_accredited_trainee_has_no_steps_ahead() =>
        Assert.Empty(TrainerPathway.StepsAhead(new PathwayFacts(Tot, 1, 1, QaOutcome.Accredited, true)));

    [Fact]
    public void The_QA_reminder_falls_due_60_days_after_ToT_while_unobserved()
    {
        var unobserved = new PathwayFacts(Tot, 1, 0, null, false);
        Assert.False(TrainerPathway.QaReminderDue(unobserved, Tot.AddDays(59)));
        Assert.True(TrainerPathway.QaReminderDue(unobserved, Tot.AddDays(60)));
        Assert.False(TrainerPathway.QaReminderDue(unobserved with { QaObservations = 1 }, Tot.AddDays(60)));
    }
}
