namespace TrainingHub.Web.Commands;

/// <summary>The folder a command was typed in, against which the paths it is given are read.</summary>
public static class CallerDirectory
{
    /// <summary>
    /// `dotnet run --project src/TrainingHub.Web` starts the portal in the project's folder, but the shell's PWD,
    /// which the portal inherits, still names the folder the person ran the command from.
    /// </summary>
    public static string Find() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathRooted(pwd) && Directory.Exists(pwd)
            ? pwd
            : Directory.GetCurrentDirectory();
}
