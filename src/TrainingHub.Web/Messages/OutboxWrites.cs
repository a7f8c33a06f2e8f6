using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Messages;

/// <summary>
/// The outbox's two writes for every message, claiming a row and recording how it ended, as commands made once per
/// dispatch run on its connection. They are the UPDATEs ExecuteUpdate would write, with the table, columns and value
/// conversions taken from the model; in a burst, translating the LINQ again for each message cost more than running it.
/// </summary>
internal sealed class OutboxWrites : IDisposable
{
    private readonly TrainingHubDbContext db;
    private readonly Statement claim, record, recordRendered;
    private DbTransaction? transaction;

    public OutboxWrites(TrainingHubDbContext db)
    {
        this.db = db;
        claim = new Statement(db, s =>
            $"UPDATE {s.Table} SET {s.Column("Status")} = {s.Value("Sending", "Status")}, {s.Column("LeaseUntil")} = {s.Value("LeaseUntil")}, " +
            $"{s.Column("Attempts")} = {s.Column("Attempts")} + 1 " +
            $"WHERE {s.Column("Id")} = {s.Value("Id")} AND (({s.Column("Status")} = {s.Value("Pending", "Status")} AND {s.Column("DueAt")} <= {s.Value("Now", "DueAt")}) " +
            $"OR ({s.Column("Status")} = {s.Value("Failed", "Status")} AND {s.Column("NextAttemptAt")} IS NOT NULL AND {s.Column("NextAttemptAt")} <= {s.Value("Now", "DueAt")}))");
        record = new Statement(db, s => Outcome(s, rendered: false));
        recordRendered = new Statement(db, s => Outcome(s, rendered: true));
    }

    private static string Outcome(Statement s, bool rendered)
    {
        string[] set = ["Status", "LastError", "NextAttemptAt", "SentAt", "SmtpReply", .. rendered ? new[] { "RenderedSubject", "RenderedText", "RenderedHtml" } : []];
        // Only while still ours: a lease that ran out meanwhile has made the row DeliveryUnknown.
        return $"UPDATE {s.Table} SET {string.Join(", ", set.Select(p => $"{s.Column(p)} = {s.Value(p)}"))}, {s.Column("LeaseUntil")} = NULL " +
            $"WHERE {s.Column("Id")} = {s.Value("Id")} AND {s.Column("Status")} = {s.Value("Sending", "Status")}";
    }

    /// <summary>
    /// A transaction on the run's connection for the writes that follow (the same the context would begin, without its
    /// bookkeeping; no report reads the outbox, so none needs telling of the commit).
    /// </summary>
    public async Task<DbTransaction> BeginAsync() =>
        transaction = await db.Database.GetDbConnection().BeginTransactionAsync(CancellationToken.None);

    public async Task<bool> ClaimAsync(long id, DateTimeOffset now, TimeSpan lease) =>
        await claim.RunAsync(transaction, new()
        {
            ["Id"] = id, ["Now"] = now, ["LeaseUntil"] = now + lease, ["Sending"] = NotificationStatus.Sending,
            ["Pending"] = NotificationStatus.Pending, ["Failed"] = NotificationStatus.Failed,
        }) == 1;

    public Task<int> RecordAsync(long id, NotificationStatus status, string? error, DateTimeOffset? retryAt, DateTimeOffset? sentAt, string? reply,
        RenderedEmail? rendered)
    {
        var values = new Dictionary<string, object?>
        {
            ["Id"] = id, ["Status"] = status, ["LastError"] = error, ["NextAttemptAt"] = retryAt, ["SentAt"] = sentAt, ["SmtpReply"] = reply,
            ["Sending"] = NotificationStatus.Sending,
        };
        if (rendered is null) return record.RunAsync(transaction, values);
        values["RenderedSubject"] = rendered.Subject;
        values["RenderedText"] = rendered.Text;
        values["RenderedHtml"] = rendered.Html;
        return recordRendered.RunAsync(transaction, values);
    }

    public void Dispose()
    {
        claim.Dispose();
        record.Dispose();
        recordRendered.Dispose();
    }

    /// <summary>One UPDATE on the Notifications table: its text written once, its parameters typed by the model's mapping of a property.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly DbCommand command;
        private readonly IEntityType entity;
        private readonly StoreObjectIdentifier table;
        private readonly ISqlGenerationHelper sql;
        private readonly Dictionary<string, (DbParameter Parameter, RelationalTypeMapping Mapping)> parameters = [];

        public Statement(TrainingHubDbContext db, Func<Statement, string> text)
        {
            entity = db.Model.FindEntityType(typeof(Notification))!;
            table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            sql = db.GetService<ISqlGenerationHelper>();
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text(this);
        }

        public string Table => sql.DelimitIdentifier(table.Name, table.Schema);

        public string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

        /// <summary>A parameter named <paramref name="name"/>, converted and typed as <paramref name="property"/> (the property of that name when not given).</summary>
        public string Value(string name, string? property = null)
        {
            if (!parameters.ContainsKey(name))
            {
                var mapping = entity.FindProperty(property ?? name)!.GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(command, sql.GenerateParameterName(name), null, nullable: true);
                command.Parameters.Add(parameter);
                parameters[name] = (parameter, mapping);
            }
            return sql.GenerateParameterNamePlaceholder(name);
        }

        public async Task<int> RunAsync(DbTransaction? transaction, Dictionary<string, object?> values)
        {
            foreach (var (name, (parameter, mapping)) in parameters)
            {
                // PostgreSQL's timestamptz takes UTC offsets only; the instant is the same.
                var value = values[name] is DateTimeOffset at ? at.ToUniversalTime() : values[name];
                parameter.Value = value is null ? DBNull.Value : mapping.Converter?.ConvertToProvider(value) ?? value;
            }
            command.Transaction = transaction;
            return await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        public void Dispose() => command.Dispose();
    }
}
