using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// The real app on real Kestrel (a free loopback port), with the demo programme, for a real browser.
/// A journey may add settings (mail to a real SMTP server, say) and give the clock it moves.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly TimeProvider? clock;
    private readonly Action<IServiceCollection>? services;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "traininghub-e2e", Guid.NewGuid().ToString("N"));
    public string RootUri { get; private set; } = "";
    public ServerErrors Errors { get; } = new();

    /// <summary>Rows put in place before a journey and checked after it, through the portal's own DbContext.</summary>
    public PortalData Data => new(Services);

    public KestrelPortal(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        this.clock = clock;
        this.services = services;
        Directory.CreateDirectory(DataDirectory);
        UseKestrel(0);
        StartServer();
        RootUri = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        WarmUp();
    }

    /// <summary>The first sign-in page creates the data-protection key ring; make that happen before a browser arrives.</summary>
    private void WarmUp()
    {
        using var client = new HttpClient { BaseAddress = new Uri(RootUri) };
        client.GetAsync("/Account/SignIn").GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("TrainingHub:DataDirectory", DataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Authentication:LocalAccounts", "true");
        // Plain http on loopback: the browser would not send secure-only cookies back.
        builder.UseSetting("Authentication:SecureCookies", "false");
        // A journey that changes data and then reads a report must see its change, however slow a busy machine is.
        builder.UseSetting(TrainingHub.Web.Data.ReportCacheOptions.WaitSetting, "600");
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(clock));
        if (services is not null) builder.ConfigureTestServices(services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
