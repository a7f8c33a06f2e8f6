using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Web.Data;

/// <summary>
/// Everything the portal says to SQL Server (and Azure SQL) that it says differently to SQLite and PostgreSQL, in one
/// place: the provider options, the model changes, the event lock, the unique-violation numbers and the statements
/// the national dataset's load and the trainer allocation need.
/// </summary>
public static class SqlServerDialect
{
    /// <summary>
    /// SQL Server 2022 and Azure SQL Database. Named rather than left to the provider's default, which follows the
    /// newest server and may emit syntax an older one refuses (the tests parse every statement as T-SQL 160).
    /// </summary>
    public const int CompatibilityLevel = 160;

    /// <summary>
    /// Key columns compare as their code points, as SQLite and PostgreSQL compare them: under a server's usual
    /// case-insensitive collation 'A@nhs.net' and 'a@nhs.net', or two outbox keys differing only in case, would be one
    /// value and the second insert would fail on the unique index. One difference stays: SQL Server ignores trailing
    /// spaces when it compares, whatever the collation, so 'abc' and 'abc ' are one key there and two elsewhere.
    /// </summary>
    public const string KeyCollation = "Latin1_General_100_BIN2";

    /// <summary>Error numbers of a duplicate key: 2601 a unique index, 2627 a primary key or unique constraint.</summary>
    public static readonly IReadOnlySet<int> UniqueViolationNumbers = new HashSet<int> { 2601, 2627 };

    /// <summary>
    /// Takes one event's row for update until the transaction ends: UPDLOCK so a second writer waits rather than
    /// reading the same count, ROWLOCK so other events stay free, HOLDLOCK so a missing id is locked as a range too.
    /// Run once per event in ascending id order, so two writers moving bookings between the same events cannot deadlock.
    /// </summary>
    public const string LockEvent = "SELECT [Id] FROM [ProgrammeEvents] WITH (UPDLOCK, ROWLOCK, HOLDLOCK) WHERE [Id] = @eventId";

    /// <summary>
    /// A trainer's diary row, added when missing: the range lock makes a concurrent first allocation wait and then
    /// find the row, as ON CONFLICT DO NOTHING does on the other databases.
    /// </summary>
    public const string AddTrainerDiary = """
        INSERT INTO [TrainerDiaries] ([PersonId], [Version])
        SELECT @personId, 0
        WHERE NOT EXISTS (SELECT 1 FROM [TrainerDiaries] WITH (UPDLOCK, HOLDLOCK) WHERE [PersonId] = @personId)
        """;

    /// <summary>After the national dataset's load: the equivalent of ANALYZE on the other databases.</summary>
    public const string UpdateStatistics = "EXEC sp_updatestats";

    /// <summary>
    /// After rows were written with their own ids: move each identity on to the largest id present, so the portal's
    /// next insert does not collide with a loaded row.
    /// </summary>
    public static string MoveIdentityOn(string delimitedTable) => $"DBCC CHECKIDENT ('{delimitedTable.Replace("'", "''")}', RESEED)";

    /// <summary>
    /// Lists of ids (<c>ids.Contains(x.Id)</c>) go as one JSON parameter read with OPENJSON, not EF 10's default of a
    /// parameter per id: SQL Server refuses a command with more than 2,100 parameters, and national-scale lists (the
    /// people of an ICB, the events of a report) are longer than that. One parameter also gives one cached plan for
    /// every length of list.
    /// </summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, Options);

    /// <summary>The same, over a connection the caller made (the tests' offline one).</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder builder, System.Data.Common.DbConnection connection) =>
        builder.UseSqlServer(connection, Options);

    private static void Options(SqlServerDbContextOptionsBuilder o) => o
        .MigrationsHistoryTable("__migrations")
        .UseCompatibilityLevel(CompatibilityLevel)
        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    /// <summary>The SQL Server model: the stored search columns and a check in T-SQL, and binary collation on key columns.</summary>
    public static void Configure(ModelBuilder builder)
    {
        // PERSISTED: worked out when a row is written, as the other databases' stored generated columns are. UPPER and
        // REPLACE are deterministic, which PERSISTED requires; the cast keeps the column as narrow as the postcode.
        var practice = builder.Entity<Practice>();
        practice.Property(x => x.SearchName).HasComputedColumnSql("UPPER([Name])", stored: true);
        practice.Property(x => x.SearchPostcode).HasComputedColumnSql("CAST(UPPER(REPLACE([Postcode], N' ', N'')) AS nvarchar(10))", stored: true);

        // T-SQL has no comparison of two truth values: exactly one of the two sources, spelt out.
        builder.Entity<VisitAction>().ToTable(t => t.HasCheckConstraint("CK_VisitActions_OneSource",
            "([PracticeVisitId] IS NULL AND [FidelityReviewId] IS NOT NULL) OR ([PracticeVisitId] IS NOT NULL AND [FidelityReviewId] IS NULL)"));

        foreach (var property in KeyColumns(builder.Model))
            builder.Entity(property.DeclaringType.ClrType).Property(property.Name).UseCollation(KeyCollation);
    }

    /// <summary>
    /// Text columns whose equality the database enforces or joins on: primary, alternate and foreign keys and unique
    /// indexes (emails, user names, ODS codes, outbox keys, slugs, tokens).
    /// </summary>
    public static IEnumerable<IReadOnlyProperty> KeyColumns(IReadOnlyModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.ClrType == typeof(string)
                && (p.IsKey() || p.IsForeignKey() || p.GetContainingIndexes().Any(i => i.IsUnique)));

    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqlException sql && sql.Errors.Cast<SqlError>().Any(e => UniqueViolationNumbers.Contains(e.Number));

    public static SqlParameter EventId(int id) => new("@eventId", System.Data.SqlDbType.Int) { Value = id };

    public static SqlParameter PersonId(int id) => new("@personId", System.Data.SqlDbType.Int) { Value = id };
}
