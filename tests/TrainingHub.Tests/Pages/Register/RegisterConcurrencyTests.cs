using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Register;

public sealed class RegisterConcurrencySqliteTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public Task Two_people_saving_the_same_register_at_once_leave_one_mark_each_and_every_booking_in_the_right_state() =>
        RegisterConcurrencyScenario.RunAsync(factory);
}

/// <summary>The same race on the production database: a database of its own on the test PostgreSQL server.</summary>
public sealed class RegisterConcurrencyPostgreSqlTests : PostgreSqlPortal
{
    [Fact]
    public Task Two_people_saving_the_same_register_at_once_leave_one_mark_each_and_every_booking_in_the_right_state_on_postgresql() =>
        RegisterConcurrencyScenario.RunAsync(Factory);
}
