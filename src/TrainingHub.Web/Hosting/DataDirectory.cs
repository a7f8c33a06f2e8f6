namespace TrainingHub.Web.Hosting;

/// <summary>
/// The one folder for everything the portal writes on the embedded default (the SQLite file, the mail pickup folder).
/// Set by TrainingHub:DataDirectory (TrainingHub__DataDirectory); default App_Data beside the app.
/// </summary>
public sealed class DataDirectory(string path)
{
    public string Path { get; } = path;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataDirectory From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["TrainingHub:DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return new DataDirectory(path);
    }
}
