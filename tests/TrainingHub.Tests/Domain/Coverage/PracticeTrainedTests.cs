using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.Coverage;

public sealed class PracticeTrainedTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly LastYear = new(2025, 6, 1);

    private static CoveragePractice Practice(int id, PracticeStatus status = PracticeStatus.Active, DateOnly? closedOn = null,
        DateOnly? openedOn = null, int placeId = 1) => new(id, $"Practice {id}", $"X{id}", placeId, null, status, openedOn, closedOn);

    private static CoverageCompletion Course(int practiceId, ProfessionalRole? role, int personId = 1, DateOnly? on = null, bool counts = true) =>
        new(personId, practiceId, role, counts, false, on ?? LastYear);

    private static CoverageCompletion Workshop(int practiceId, ProfessionalRole? role, int personId = 1) =>
        new(personId, practiceId, role, true, true, LastYear);

    private static PracticeCoverage One(CoveragePractice practice, params CoverageCompletion[] completions) =>
        Assert.Single(PracticeTrained.Assess([practice], completions, Today));

    [Theory]
    [InlineData(ProfessionalRole.GeneralPractitioner, true)]
    [InlineData(ProfessionalRole.PracticeNurse, true)]
    [InlineData(ProfessionalRole.HealthcareAssistant, false)]
    [InlineData(ProfessionalRole.Pharmacist, false)]
    [InlineData(ProfessionalRole.PracticeManager, false)]
    public void Only_a_GP_or_practice_nurse_completing_a_course_that_counts_trains_the_practice(ProfessionalRole role, bool trained)
    {
        var result = One(Practice(1), Course(1, role));
        Assert.Equal(trained, result.Trained);
        Assert.True(result.Engaged);
    }

    [Fact]
    public void A_GP_at_an_event_that_does_not_count_engages_the_practice_but_does_not_train_it()
    {
        var result = One(Practice(1), Course(1, ProfessionalRole.GeneralPractitioner, counts: false));
        Assert.True(result.Engaged);
        Assert.False(result.Trained);
        Assert.Empty(result.CliniciansTrained);
    }

    [Fact]
    public void Anyone_completing_a_whole_practice_team_workshop_trains_the_practice()
    {
        Assert.True(One(Practice(1), Workshop(1, ProfessionalRole.PracticeManager)).Trained);
        Assert.True(One(Practice(1), Workshop(1, null)).Trained);
    }

    [Fact]
    public void A_practice_with_no_completions_is_neither_engaged_nor_trained()
    {
        var result = One(Practice(1), Course(2, ProfessionalRole.GeneralPractitioner));
        Assert.False(result.Engaged);
        Assert.False(result.Trained);
    }

    [Fact]
    public void A_completion_after_the_date_does_not_count_yet()
    {
        var result = One(Practice(1), Course(1, ProfessionalRole.GeneralPractitioner, on: Today.AddDays(1)));
        Assert.False(result.Engaged);
        Assert.False(result.Trained);
    }

    [Fact]
    public void A_practice_trained_and_then_closed_counts_until_the_day_it_closed_and_not_from_then_on()
    {
        var practice = Practice(1, PracticeStatus.Closed, closedOn: new DateOnly(2026, 3, 1));
        var gp = Course(1, ProfessionalRole.GeneralPractitioner);
        Assert.True(Assert.Single(PracticeTrained.Assess([practice], [gp], new DateOnly(2026, 2, 28))).Trained);
        Assert.Empty(PracticeTrained.Assess([practice], [gp], new DateOnly(2026, 3, 1)));
        Assert.Empty(PracticeTrained.Assess([practice], [gp], Today));
    }

    [Fact]
    public void Dormant_proposed_not_yet_opened_and_undated_closed_practices_are_never_counted()
    {
        var practices = new[]
        {
            Practice(1, PracticeStatus.Dormant), Practice(2, PracticeStatus.Proposed), Practice(3, PracticeStatus.Closed),
            Practice(4, openedOn: Today.AddDays(1)), Practice(5),
        };
        Assert.Equal([5], PracticeTrained.Assess(practices, [], Today).Select(p => p.Practice.Id));
    }

    [Fact]
    public void A_clinician_trained_in_two_practices_counts_once_in_the_sum_and_once_in_each_practice()
    {
        var assessed = PracticeTrained.Assess([Practice(1), Practice(2)],
            [Course(1, ProfessionalRole.GeneralPractitioner, personId: 7), Course(2, ProfessionalRole.GeneralPractitioner, personId: 7),
             Course(2, ProfessionalRole.HealthcareAssistant, personId: 8), Workshop(2, ProfessionalRole.PracticeManager, personId: 9)],
            Today);
        Assert.All(assessed, p => Assert.Contains(7, p.CliniciansTrained));
        Assert.Equal(new CoverageFigures(2, 2, 2, 2), PracticeTrained.Sum(assessed));
    }

    [Theory]
    [InlineData(19, 20, 95, true, 95.0)]
    [InlineData(18, 20, 95, false, 90.0)]
    [InlineData(2, 3, 66, true, 66.7)]
    [InlineData(0, 0, 1, false, 0.0)]
    public void Percent_trained_and_the_target(int trained, int active, int target, bool meets, double percent)
    {
        var figures = new CoverageFigures(active, active, trained, 0);
        Assert.Equal((decimal)percent, figures.PercentTrained);
        Assert.Equal(meets, figures.MeetsTarget(target));
    }
}
