using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// Lets the SQL Server context run without a server: its connection opens and begins transactions only in name, and
/// every command is written down instead of sent. A query stops there (<see cref="NotExecuted"/>); a statement run for
/// its effect (the event lock) is answered with nothing changed. The context is configured exactly as the portal's
/// (<see cref="SqlServerDialect.Use(DbContextOptionsBuilder, DbConnection)"/>).
/// </summary>
public sealed class StopBeforeExecution
{
    public List<SentCommand> Sent { get; } = [];

    public static SqlServerTrainingHubDbContext Context(StopBeforeExecution stop) =>
        new((DbContextOptions<SqlServerTrainingHubDbContext>)SqlServerDialect
            .Use(new DbContextOptionsBuilder<SqlServerTrainingHubDbContext>(), new OfflineConnection(stop)).Options);

    public sealed record SentCommand(string Text, IReadOnlyList<SqlParameter> Parameters, DbTransaction? Transaction, string Kind);

    /// <summary>Thrown where the server would have been asked: the command is written down and goes no further.</summary>
    public sealed class NotExecuted() : Exception("Stopped before execution: no SQL Server runs here.");

    private sealed class OfflineConnection(StopBeforeExecution stop) : DbConnection
    {
        private ConnectionState state = ConnectionState.Closed;

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get; set; } = SqlServerModel.ConnectionString;
        public override string Database => "traininghub";
        public override string DataSource => "offline";
        public override string ServerVersion => "16.00.1000";
        public override ConnectionState State => state;
        public override void ChangeDatabase(string databaseName) { }
        public override void Open() => state = ConnectionState.Open;
        public override void Close() => state = ConnectionState.Closed;
        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new NamedTransaction(this, isolationLevel);
        protected override DbCommand CreateDbCommand() => new WrittenDownCommand(stop) { Connection = this };
    }

    private sealed class WrittenDownCommand(StopBeforeExecution stop) : DbCommand
    {
        private readonly SqlCommand inner = new();

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText { get => inner.CommandText; set => inner.CommandText = value; }
        public override int CommandTimeout { get; set; }
        public override CommandType CommandType { get; set; }
        public override bool DesignTimeVisible { get; set; }
        public override UpdateRowSource UpdatedRowSource { get; set; }
        protected override DbConnection? DbConnection { get; set; }
        protected override DbParameterCollection DbParameterCollection => inner.Parameters;
        protected override DbTransaction? DbTransaction { get; set; }
        public override void Cancel() { }
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => inner.CreateParameter();

        public override int ExecuteNonQuery()
        {
            WriteDown("non-query");
            return 0;
        }

        public override object ExecuteScalar()
        {
            WriteDown("scalar");
            throw new NotExecuted();
        }

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
        {
            WriteDown("reader");
            throw new NotExecuted();
        }

        private void WriteDown(string kind) =>
            stop.Sent.Add(new SentCommand(CommandText, inner.Parameters.Cast<SqlParameter>().ToList(), DbTransaction, kind));
    }

    private sealed class NamedTransaction(DbConnection connection, IsolationLevel isolationLevel) : DbTransaction
    {
        public override IsolationLevel IsolationLevel { get; } = isolationLevel;
        protected override DbConnection DbConnection { get; } = connection;
        public override void Commit() { }
        public override void Rollback() { }
    }
}
