namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A test class's portal on a PostgreSQL database of its own on the test server (made before each test, dropped after),
/// on the test clock: for what only the production database decides (row locks, concurrent writers, its SQL). Its
/// background jobs are off unless the class asks for them.
/// </summary>
public abstract class PostgreSqlPortal(bool jobs = false) : IAsyncLifetime
{
    private PostgresDatabase database = null!;

    protected PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        var factory = new PortalFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", database.ConnectionString);
        Factory = (jobs ? factory : factory.With("Jobs:Enabled", "false")).OnTestClock();
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await database.DisposeAsync();
    }
}
