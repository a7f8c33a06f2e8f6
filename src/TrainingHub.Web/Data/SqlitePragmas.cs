using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingHub.Web.Data;

/// <summary>
/// WAL lets readers carry on while one writer commits; busy_timeout makes a second writer wait its turn
/// instead of failing at once, which is what concurrent bookings on the embedded default need.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
