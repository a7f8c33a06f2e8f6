using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// One clock for a test: the portal's <see cref="TimeProvider"/>, read by the test's own data too, so "now" is the
/// same instant on both sides and the same every run.
/// </summary>
public static class TestClock
{
    /// <summary>
    /// A Wednesday mid-morning in May (10:30 in London, on summer time): far from midnight, a month end and the clock
    /// changes, so a test not about those does not cross one by accident.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 5, 13, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Gives the portal a test clock standing at <see cref="Start"/> (or the one given).</summary>
    public static PortalFactory OnTestClock(this PortalFactory factory, FakeTimeProvider? clock = null)
    {
        var time = clock ?? new FakeTimeProvider(Start);
        return factory.WithServices(s => s.AddSingleton<TimeProvider>(time));
    }

    /// <summary>The portal's clock: the test clock when it has one (see <see cref="OnTestClock"/>).</summary>
    public static TimeProvider Clock(this PortalFactory factory) => factory.Services.GetRequiredService<TimeProvider>();

    /// <summary>The portal's test clock, for a test that moves time on.</summary>
    public static FakeTimeProvider TestClockOf(this PortalFactory factory) =>
        factory.Clock() as FakeTimeProvider ?? throw new InvalidOperationException("This portal is on the real clock; give it OnTestClock().");

    /// <summary>Now by the portal's clock.</summary>
    public static DateTimeOffset Now(this PortalFactory factory) => factory.Clock().GetUtcNow();

    /// <summary>Today in London by the portal's clock.</summary>
    public static DateOnly Today(this PortalFactory factory) => TrainingHub.Web.Domain.Events.LondonTime.DateOf(factory.Now());
}
