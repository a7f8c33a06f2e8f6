using TrainingHub.Web.Data;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Web.Commands;

/// <summary>
/// `dotnet run --project src/TrainingHub.Web -- COMMAND ...`: operations that run once and exit instead of serving.
/// Anything after the command that starts with -- and is not the command's own option is host configuration.
/// </summary>
public sealed class PortalCommand
{
    public static readonly string[] Names = ["migrate", "import-practices", "seed-demo", "seed-national", "backfill-coverage", "send-reminders"];
    private static readonly string[] ValuedOptions = ["--commissioners", "--follow", "--scale", "--ods-file", "--from", "--to", "--burst-attempts", "--burst-seats", "--burst-reminders"];

    public string? Name { get; private init; }
    public string[] Arguments { get; private init; } = [];
    public string[] HostArgs { get; private init; } = [];

    public static PortalCommand Parse(string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0])) return new PortalCommand { HostArgs = args };
        var own = new List<string>();
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (ValuedOptions.Contains(args[i]) && i + 1 < args.Length) { own.Add(args[i]); own.Add(args[++i]); }
            else if (args[i] is "--dry-run" or "--left") own.Add(args[i]);
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) { host.Add(args[i]); if (i + 1 < args.Length && !args[i + 1].StartsWith("--")) host.Add(args[++i]); }
            else own.Add(args[i]);
        }
        return new PortalCommand { Name = args[0], Arguments = [.. own], HostArgs = [.. host] };
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var output = Console.Out;
        switch (Name)
        {
            case "migrate":
                await DatabaseStartup.MigrateAsync(services, output);
                return 0;
            case "seed-demo":
                await DatabaseStartup.MigrateAsync(services, output);
                await services.GetRequiredService<DemoProgramme>().SeedAsync(force: true, output);
                return 0;
            case "seed-national":
                await DatabaseStartup.MigrateAsync(services, output);
                return await SeedNationalCommand.RunAsync(services, Arguments, output);
            case "import-practices":
                return await ImportPracticesCommand.RunAsync(services, Arguments, output);
            case "send-reminders":
                return await SendRemindersCommand.RunAsync(services, output);
            case "backfill-coverage":
                return await Pages.Coverage.BackfillCoverageCommand.RunAsync(services, Arguments, output);
            default:
                return 2;
        }
    }
}
