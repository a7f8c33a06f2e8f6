using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Domain.Facilitation;

public class StageTransitionsTests
{
    [Theory]
    [InlineData(PracticeStage.NotEngaged, PracticeStage.Engaged)]
    [InlineData(PracticeStage.Engaged, PracticeStage.InTraining)]
    [InlineData(PracticeStage.InTraining, PracticeStage.Trained)]
    [InlineData(PracticeStage.Trained, PracticeStage.Implementing)]
    [InlineData(PracticeStage.Implementing, PracticeStage.RoutineCare)]
    public void The_next_stage_forward_needs_no_reason(PracticeStage from, PracticeStage to)
    {
        var decision = StageTransitions.Decide(from, to, null);
        Assert.True(decision.Allowed);
        Assert.Equal(StageMove.Forward, decision.Move);
    }

    [Fact]
    public void Skipping_a_stage_forward_needs_a_reason()
    {
        var refused = StageTransitions.Decide(PracticeStage.NotEngaged, PracticeStage.InTraining, "  ");
        Assert.False(refused.Allowed);
        Assert.Equal("Give a reason for moving straight to In training and skipping a stage", refused.Refusal);

        var allowed = StageTransitions.Decide(PracticeStage.NotEngaged, PracticeStage.InTraining, "Booked straight onto training");
        Assert.True(allowed.Allowed);
        Assert.Equal(StageMove.ForwardSkipping, allowed.Move);
    }

    [Theory]
    [InlineData(PracticeStage.RoutineCare, PracticeStage.Implementing)]
    [InlineData(PracticeStage.Trained, PracticeStage.NotEngaged)]
    public void Moving_back_needs_a_reason(PracticeStage from, PracticeStage to)
    {
        Assert.False(StageTransitions.Decide(from, to, null).Allowed);
        var allowed = StageTransitions.Decide(from, to, "Both trained nurses left");
        Assert.True(allowed.Allowed);
        Assert.Equal(StageMove.Back, allowed.Move);
    }

    [Fact]
    public void Staying_at_the_same_stage_is_not_a_change()
    {
        var decision = StageTransitions.Decide(PracticeStage.Trained, PracticeStage.Trained, "no reason needed");
        Assert.False(decision.Allowed);
        Assert.Equal(StageMove.NoChange, decision.Move);
    }

    [Fact]
    public void A_stage_that_does_not_exist_is_refused()
    {
        Assert.False(StageTransitions.Decide(PracticeStage.Trained, (PracticeStage)42, "reason").Allowed);
    }
}
