using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Tests.Domain.Events;

public sealed class TrainerAllocationTests
{
    private const string Yoc = "yoc-training-course";
    private static readonly AccreditationSpan YocUntil2027 = new(Yoc, new(2025, 6, 10), new(2027, 6, 9));
    private static readonly TrainerStanding Accredited = new(1, "Ann Lead", HasTrainerRole: true, [YocUntil2027]);
    private static readonly TrainerStanding Colleague = new(2, "Bob Colleague", HasTrainerRole: true, [YocUntil2027]);
    private static readonly TrainerStanding Trainee = new(3, "Tess Trainee", HasTrainerRole: true, []);
    private static readonly TrainerStanding Attendee = new(4, "Nina Nurse", HasTrainerRole: false, [YocUntil2027]);

    private static readonly Interval Morning = new(At(9), At(12));
    private static DateTimeOffset At(int hour) => new(2026, 6, 10, hour, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AllocationProblem> Check(params ProposedTrainer[] proposed) =>
        TrainerAllocationRules.Check(proposed, Yoc, [Morning], []);

    private static Interval DayOf(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(year, month, day, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_trainer_accredited_on_the_last_day_of_their_accreditation_may_lead_that_day() =>
        Assert.Empty(TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], Yoc, [DayOf(2027, 6, 9)], []));

    [Fact]
    public void A_trainer_whose_accreditation_expires_on_the_day_of_the_event_may_not_lead_it()
    {
        var problem = Assert.Single(TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], Yoc, [DayOf(2027, 6, 9), DayOf(2027, 6, 10)], []));
        Assert.Contains("not accredited to lead", problem.Message);
    }

    [Fact]
    public void An_accreditation_for_another_type_does_not_let_a_trainer_lead_this_one() =>
        Assert.Contains("not accredited to lead", Assert.Single(TrainerAllocationRules.Check([new(0, Accredited, TrainerRole.Lead)], "train-the-trainer", [Morning], [])).Message);

    [Fact]
    public void A_trainer_without_the_trainer_role_does_not_count_as_accredited_even_with_a_record() =>
        Assert.Contains("not a trainer", Assert.Single(Check(new ProposedTrainer(0, Attendee, TrainerRole.Lead))).Message);

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
    public void A_trainee_may_not_co_deliver_beside_a_lead_whose_accreditation_has_expired()
    {
        var lapsed = Accredited with { Accreditations = [YocUntil2027 with { ValidUntil = new(2026, 6, 9) }] };
        var problems = Check(new(0, lapsed, TrainerRole.Lead), new(1, Trainee, TrainerRole.CoTrainer));
        Assert.Equal([0, 1], problems.Select(p => p.Row!.Value));
    }

    [Fact]
    public void A_trainee_listed_before_the_accredited_lead_is_still_beside_them() =>
        Assert.Empty(Check(new(0, Trainee, TrainerRole.CoTrainer), new(1, Accredited, TrainerRole.Lead)));

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

    private static readonly DateOnly Today2026 = new(2026, 6, 1);

    [Fact]
    public void The_trainer_list_shows_an_accredited_trainer_with_the_day_their_accreditation_ends()
    {
        Assert.Equal("accredited for this type until 9 June 2027",
            TrainerAllocationRules.Standing(Accredited, Yoc, [Morning], [], Today2026));
        Assert.Equal("any trainer may lead this type", TrainerAllocationRules.Standing(Trainee, null, [Morning], [], Today2026));
        Assert.Equal("accredited: choose the type of event to see for what",
            TrainerAllocationRules.Standing(Accredited, null, [Morning], [], Today2026, typeChosen: false));
        Assert.Equal("trainee", TrainerAllocationRules.Standing(Trainee, null, [Morning], [], Today2026, typeChosen: false));
    }

    [Fact]
    public void The_trainer_list_tells_a_trainee_from_a_trainer_accredited_only_for_another_type()
    {
        var workshopOnly = new TrainerStanding(5, "Wes Workshop", true, [new("whole-practice-workshop", new(2025, 1, 1), new(2027, 1, 1))]);
        Assert.Equal("trainee", TrainerAllocationRules.Standing(Trainee, Yoc, [Morning], [], Today2026));
        Assert.Equal("not accredited for this type on every session day", TrainerAllocationRules.Standing(workshopOnly, Yoc, [Morning], [], Today2026));
        Assert.Equal("not accredited for this type on every session day",
            TrainerAllocationRules.Standing(Accredited, Yoc, [DayOf(2027, 6, 10)], [], Today2026));
    }

    [Fact]
    public void The_trainer_list_names_the_event_a_trainer_already_delivers_at_the_same_time()
    {
        var clash = new Commitment(Accredited.PersonId, "Moving On workshop, Slough", new Interval(At(11), At(13)));
        Assert.Equal($"accredited for this type until 9 June 2027; clashes with Moving On workshop, Slough ({LondonTime.Describe(At(11), At(13))})",
            TrainerAllocationRules.Standing(Accredited, Yoc, [Morning], [clash], Today2026));
        Assert.Equal("accredited for this type until 9 June 2027",
            TrainerAllocationRules.Standing(Accredited, Yoc, [Morning], [clash with { PersonId = 99 }], Today2026));
    }
}
