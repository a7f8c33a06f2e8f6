using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class LondonTimeTests
{
    private static DateTimeOffset Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void A_winter_time_is_the_same_instant_in_UTC() =>
        Assert.Equal(Utc(2026, 1, 15, 9, 30), LondonTime.ToInstant(new(2026, 1, 15), new(9, 30)).Instant);

    [Fact]
    public void A_summer_time_is_an_hour_ahead_of_UTC() =>
        Assert.Equal(Utc(2026, 7, 15, 8, 30), LondonTime.ToInstant(new(2026, 7, 15), new(9, 30)).Instant);

    [Fact]
    public void The_hour_skipped_when_the_clocks_go_forward_has_no_instant()
    {
        var reading = LondonTime.ToInstant(new(2026, 3, 29), new(1, 30));
        Assert.False(reading.IsValid);
        Assert.Contains("clocks go forward", reading.Problem);
    }

    [Fact]
    public void Either_side_of_the_spring_gap_is_GMT_then_BST()
    {
        Assert.Equal(Utc(2026, 3, 29, 0, 59), LondonTime.ToInstant(new(2026, 3, 29), new(0, 59)).Instant);
        Assert.Equal(Utc(2026, 3, 29, 1, 0), LondonTime.ToInstant(new(2026, 3, 29), new(2, 0)).Instant);
    }

    [Fact]
    public void The_hour_repeated_when_the_clocks_go_back_is_read_as_the_first_BST_one() =>
        Assert.Equal(Utc(2026, 10, 25, 0, 30), LondonTime.ToInstant(new(2026, 10, 25), new(1, 30)).Instant);

    [Fact]
    public void After_the_autumn_change_times_are_GMT() =>
        Assert.Equal(Utc(2026, 10, 25, 2, 0), LondonTime.ToInstant(new(2026, 10, 25), new(2, 0)).Instant);

    [Fact]
    public void Both_UTC_instants_of_the_repeated_hour_show_as_the_same_wall_clock_time()
    {
        Assert.Equal(new TimeOnly(1, 30), LondonTime.TimeOf(Utc(2026, 10, 25, 0, 30)));
        Assert.Equal(new TimeOnly(1, 30), LondonTime.TimeOf(Utc(2026, 10, 25, 1, 30)));
        Assert.Equal("BST", LondonTime.ZoneAbbreviation(Utc(2026, 10, 25, 0, 30)));
        Assert.Equal("GMT", LondonTime.ZoneAbbreviation(Utc(2026, 10, 25, 1, 30)));
    }

    [Fact]
    public void A_time_entered_reads_back_unchanged_on_every_day_of_the_year()
    {
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            var instant = LondonTime.ToInstant(day, new(9, 30)).Instant!.Value;
            Assert.Equal(day, LondonTime.DateOf(instant));
            Assert.Equal(new TimeOnly(9, 30), LondonTime.TimeOf(instant));
        }
    }

    [Fact]
    public void A_late_evening_UTC_instant_in_summer_is_the_next_London_day() =>
        Assert.Equal(new DateOnly(2026, 7, 16), LondonTime.DateOf(Utc(2026, 7, 15, 23, 30)));

    [Fact]
    public void A_session_reads_in_UK_time_with_its_zone() =>
        Assert.Equal("Wednesday 15 July 2026, 10:00 to 16:00 BST",
            LondonTime.Describe(Utc(2026, 7, 15, 9, 0), Utc(2026, 7, 15, 15, 0)));
}
