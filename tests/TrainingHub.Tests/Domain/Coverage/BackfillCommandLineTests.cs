using TrainingHub.Web.Commands;

namespace TrainingHub.Tests.Domain.Coverage;

public sealed class BackfillCommandLineTests
{
    [Fact]
    public void Backfill_dates_are_the_commands_own_and_other_options_still_configure_the_host()
    {
        var command = PortalCommand.Parse(["backfill-coverage", "--from", "2024-01-01", "--to", "2026-11-01", "--Database:Provider", "Sqlite"]);
        Assert.Equal("backfill-coverage", command.Name);
        Assert.Equal(["--from", "2024-01-01", "--to", "2026-11-01"], command.Arguments);
        Assert.Equal(["--Database:Provider", "Sqlite"], command.HostArgs);
    }
}
