using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class TrainerAllocationTests
{
    private static readonly TrainerStanding Accredited = new(1, "Ann Lead", HasTrainerRole: true, IsTrainee: false);
    private static readonly TrainerStanding Colleague = new(2, "Bob Colleague", HasTrainerRole: true, IsTrainee: false);
    private static readonly TrainerStanding Trainee = new(3, "Tess Trainee", HasTrainerRole: true, IsTrainee: true);
    private static readonly TrainerStanding Attendee = new(4, "Nina Nurse", HasTrainerRole: false, IsTrainee: false);

    private static readonly Interval Morning = new(At(9), At(12));
    private static DateTimeOffset At(int hour) => new(2026, 6, 10, hour, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AllocationProblem> Check(params ProposedTrainer[] proposed) =>
        TrainerAllocationRules.Check(proposed, "yoc-training-course", [Morning], []);

    [Fact]
    public void Until_accreditation_records_exist_every_trainer_who_is_not_a_trainee_is_accredited()
    {
        Assert.True(TrainerAccreditation.IsAccreditedFor(Accredited, "train-the-trainer"));
        Assert.False(TrainerAccreditation.IsAccreditedFor(Trainee, "train-the-trainer"));
        Assert.False(TrainerAccreditation.IsAccreditedFor(Attendee, null));
    }

    [Fact]
    public void An_accredited_lead_with_a_trainee_co_trainer_is_allowed() =>
        Assert.Empty(Check(new(0, Accredited, TrainerRole.Lead), new(1, Trainee, TrainerRole.CoTrainer)));

    [Fact]
    public void A_trainee_may_not_lead()
    {
        var problem = Assert.Single(Check(new ProposedTrainer(0, Trainee, TrainerRole.Lead)));
        Assert.Equal(0, problem.Row);
        Assert.Contains("not accredited to lead", problem.Message);
    }

    [Fact]
    public void A_trainee_may_not_co_deliver_without_an_accredited_lead()
    {
        var problem = Assert.Single(Check(new(0, Colleague, TrainerRole.CoTrainer), new(1, Trainee, TrainerRole.CoTrainer)));
        Assert.Equal(1, problem.Row);
        Assert.Contains("beside an accredited lead", problem.Message);
    }

    [Fact]
    public void Someone_without_the_trainer_role_cannot_be_allocated() =>
        Assert.Contains("not a trainer", Assert.Single(Check(new ProposedTrainer(0, Attendee, TrainerRole.CoTrainer))).Message);

    [Fact]
    public void An_event_has_one_lead_at_most() =>
        Assert.Contains("only one lead", Assert.Single(Check(new(0, Accredited, TrainerRole.Lead), new(1, Colleague, TrainerRole.Lead))).Message);

    [Fact]
    public void A_trainer_is_allocated_once() =>
        Assert.Contains("more than once", Assert.Single(Check(new(0, Accredited, TrainerRole.Lead), new(1, Accredited, TrainerRole.CoTrainer))).Message);

    [Fact]
    public void A_trainer_cannot_deliver_sessions_that_overlap_another_delivery()
    {
        var elsewhere = new Commitment(Accredited.PersonId, "Dementia topic session", new(At(11), At(13)));
        var problems = TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], null, [Morning], [elsewhere]);
        Assert.Contains("Dementia topic session", Assert.Single(problems).Message);
    }

    [Fact]
    public void Back_to_back_sessions_do_not_overlap()
    {
        var afternoon = new Commitment(Accredited.PersonId, "Afternoon course", new(At(12), At(15)));
        Assert.Empty(TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], null, [Morning], [afternoon]));
    }

    [Fact]
    public void Another_trainers_commitment_does_not_block_this_one()
    {
        var colleagueBusy = new Commitment(Colleague.PersonId, "Other course", Morning);
        Assert.Empty(TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], null, [Morning], [colleagueBusy]));
    }
}
