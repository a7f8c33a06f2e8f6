using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data;

public sealed class SqliteAllocationStatisticsTests
{
    [Fact]
    public async Task The_portal_runs_sqlite_without_counting_its_allocations_under_one_shared_lock()
    {
        using var factory = new PortalFactory().OnTestClock();
        await factory.WithDbAsync(db => db.Practices.Select(p => p.Name.ToUpper()).ToListAsync());

        Assert.True(SqliteAllocationStatistics.TurnOff());
        // With the counting on, SQLite reports the bytes it holds; off, it keeps no count (and no lock for one).
        Assert.Equal(0, raw.sqlite3_memory_used());
    }
}
