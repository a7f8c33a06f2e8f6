using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Bookings;

namespace TrainingHub.Tests.Messages;

/// <summary>
/// Commands the portal runs, with the transaction each ran in, and a failure the test arms: at the commit, or at
/// the outbox's insert. Added to every context the portal makes.
/// </summary>
public sealed class ForcedFailures : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public sealed class Forced() : Exception("A failure forced by the test.");

    public List<(string Sql, DbTransaction? Transaction)> Commands { get; } = [];
    public bool FailCommit { get; set; }
    public bool FailOutboxInsert { get; set; }

    public static PortalFactory AddTo(PortalFactory factory, ForcedFailures failures) => factory.WithServices(s =>
    {
        s.ConfigureDbContext<SqliteTrainingHubDbContext>(o => o.AddInterceptors(failures));
        s.ConfigureDbContext<PostgreSqlTrainingHubDbContext>(o => o.AddInterceptors(failures));
    });

    private void Seen(DbCommand command)
    {
        lock (Commands) Commands.Add((command.CommandText, command.Transaction));
        if (FailOutboxInsert && command.CommandText.Contains("INSERT INTO \"Notifications\"")) throw new Forced();
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        FailCommit ? throw new Forced() : ValueTask.FromResult(result);

    /// <summary>The transaction the first INSERT into the table ran in.</summary>
    public DbTransaction? TransactionOfInsertInto(string table)
    {
        lock (Commands)
            return Commands.First(c => c.Sql.Contains($"INSERT INTO \"{table}\"")).Transaction;
    }
}

/// <summary>The checks, run against SQLite and PostgreSQL by the classes below.</summary>
public static class MessagesWithChangesChecks
{
    public static async Task A_booking_that_commits_queues_its_confirmation_in_the_same_transaction(PortalFactory factory, ForcedFailures failures)
    {
        var e = await factory.BookableEventAsync();
        var amina = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);

        var result = await BookAsync(factory, e.Id, amina.Id);

        Assert.True(result.Succeeded);
        var queued = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientPersonId == amina.Id).ToListAsync());
        var confirmation = Assert.Single(queued);
        Assert.Equal((MessageKinds.BookingConfirmed, BookingReminders.SubjectOf(result.Booking!.Id)), (confirmation.Kind, confirmation.Subject));
        var bookingWrite = failures.TransactionOfInsertInto("Bookings");
        Assert.NotNull(bookingWrite);
        Assert.Same(bookingWrite, failures.TransactionOfInsertInto("Notifications"));
    }

    public static async Task A_booking_whose_transaction_fails_after_the_row_is_written_queues_nothing(PortalFactory factory, ForcedFailures failures)
    {
        var e = await factory.BookableEventAsync();
        var amina = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);

        failures.FailCommit = true;
        await Assert.ThrowsAsync<ForcedFailures.Forced>(() => BookAsync(factory, e.Id, amina.Id));
        failures.FailCommit = false;

        Assert.NotNull(failures.TransactionOfInsertInto("Bookings"));
        Assert.NotNull(failures.TransactionOfInsertInto("Notifications"));
        Assert.Empty(await factory.BookingsOnAsync(e.Id));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    /// <summary>A save outside any transaction gets one around the change and its messages: a failed message insert undoes the move.</summary>
    public static async Task A_move_saved_without_a_transaction_is_undone_when_its_message_cannot_be_written(PortalFactory factory, ForcedFailures failures)
    {
        var e = await factory.BookableEventAsync();
        var amina = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var booking = (await BookAsync(factory, e.Id, amina.Id)).Booking!.Id;

        failures.FailOutboxInsert = true;
        var failed = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var b = await db.Bookings.SingleAsync(x => x.Id == booking);
            Assert.Null(b.MoveTo(BookingState.Cancelled, amina.Id, "Cannot come", factory.Now()));
            await db.SaveChangesAsync();
        }));
        failures.FailOutboxInsert = false;
        Assert.IsType<ForcedFailures.Forced>(failed.InnerException);

        var after = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal(BookingState.Booked, after.State);
        Assert.Single(after.Transitions);
        Assert.Equal([MessageKinds.BookingConfirmed], await factory.WithDbAsync(db => db.Notifications.Select(n => n.Kind).ToListAsync()));

        await factory.WithDbAsync(async db =>
        {
            var b = await db.Bookings.SingleAsync(x => x.Id == booking);
            Assert.Null(b.MoveTo(BookingState.Cancelled, amina.Id, "Cannot come", factory.Now()));
            await db.SaveChangesAsync();
        });
        Assert.Equal([MessageKinds.BookingCancelled, MessageKinds.BookingConfirmed],
            await factory.WithDbAsync(db => db.Notifications.Select(n => n.Kind).OrderBy(k => k).ToListAsync()));
    }

    private static async Task<BookingResult> BookAsync(PortalFactory factory, int eventId, int personId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BookingService>().BookAsync(eventId, personId, personId);
    }
}

public sealed class MessagesWithChangesSqliteTests : IDisposable
{
    private readonly ForcedFailures failures = new();
    private readonly PortalFactory factory;

    public MessagesWithChangesSqliteTests() =>
        factory = ForcedFailures.AddTo(new PortalFactory().With("Jobs:Enabled", "false").OnTestClock(), failures);

    [Fact]
    public Task A_booking_that_commits_queues_its_confirmation_in_the_same_transaction() =>
        MessagesWithChangesChecks.A_booking_that_commits_queues_its_confirmation_in_the_same_transaction(factory, failures);

    [Fact]
    public Task A_booking_whose_transaction_fails_after_the_row_is_written_queues_nothing() =>
        MessagesWithChangesChecks.A_booking_whose_transaction_fails_after_the_row_is_written_queues_nothing(factory, failures);

    [Fact]
    public Task A_move_saved_without_a_transaction_is_undone_when_its_message_cannot_be_written() =>
        MessagesWithChangesChecks.A_move_saved_without_a_transaction_is_undone_when_its_message_cannot_be_written(factory, failures);

    public void Dispose() => factory.Dispose();
}

public sealed class MessagesWithChangesPostgreSqlTests : IAsyncLifetime
{
    private readonly ForcedFailures failures = new();
    private PostgresDatabase database = null!;
    private PortalFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        factory = ForcedFailures.AddTo(new PortalFactory().With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", database.ConnectionString).With("Jobs:Enabled", "false").OnTestClock(), failures);
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public Task On_postgresql_a_booking_that_commits_queues_its_confirmation_in_the_same_transaction() =>
        MessagesWithChangesChecks.A_booking_that_commits_queues_its_confirmation_in_the_same_transaction(factory, failures);

    [Fact]
    public Task On_postgresql_a_booking_whose_transaction_fails_after_the_row_is_written_queues_nothing() =>
        MessagesWithChangesChecks.A_booking_whose_transaction_fails_after_the_row_is_written_queues_nothing(factory, failures);

    [Fact]
    public Task On_postgresql_a_move_saved_without_a_transaction_is_undone_when_its_message_cannot_be_written() =>
        MessagesWithChangesChecks.A_move_saved_without_a_transaction_is_undone_when_its_message_cannot_be_written(factory, failures);
}
