using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.Practices;

public sealed class PracticeChoiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ChoosablePractice Practice(PracticeStatus status, DateOnly? closedOn = null, DateOnly? leftOn = null) =>
        new(1, "K84001", "BARTLEMAS SURGERY", status, closedOn, leftOn);

    [Fact]
    public void An_open_practice_in_the_area_can_be_chosen() =>
        Assert.Null(PracticeChoice.WhyNot(Practice(PracticeStatus.Active), Today));

    [Fact]
    public void A_closed_practice_is_refused_with_the_day_it_closed() =>
        Assert.Equal("Bartlemas Surgery (K84001) is closed in the NHS register (closed 30 June 2026): choose the practice they work in now",
            PracticeChoice.WhyNot(Practice(PracticeStatus.Closed, new DateOnly(2026, 6, 30)), Today));

    [Fact]
    public void A_practice_whose_closing_day_has_come_is_refused_even_before_the_register_says_closed() =>
        Assert.StartsWith("Bartlemas Surgery (K84001) is closed", PracticeChoice.WhyNot(Practice(PracticeStatus.Active, Today), Today));

    [Fact]
    public void A_practice_that_left_the_programmes_area_is_refused_from_the_day_it_left()
    {
        Assert.Null(PracticeChoice.WhyNot(Practice(PracticeStatus.Active, leftOn: Today.AddDays(1)), Today));
        Assert.Equal("Bartlemas Surgery (K84001) left the programme's area on 7 December 2026: its staff cannot join the programme through it",
            PracticeChoice.WhyNot(Practice(PracticeStatus.Active, leftOn: Today), Today));
    }
}
