using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// The real app through its real pipeline, on a real SQLite file of its own (never the EF in-memory provider).
/// Each factory gets a fresh data directory; tests sign in with <see cref="TestSignIn"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings = new();
    private readonly List<Action<IServiceCollection>> services = [];

    public PortalFactory()
    {
        Directory.CreateDirectory(DataDirectory);
        settings["TrainingHub:DataDirectory"] = DataDirectory;
        settings["Database:Provider"] = "Sqlite";
        settings["Database:SeedDemoData"] = "false";
        settings["Database:MigrateOnStartup"] = "true";
        settings["Authentication:LocalAccounts"] = "true";
        // A test that changes data and then reads a report must see its change, however slow a busy machine is.
        settings[ReportCacheOptions.WaitSetting] = "600";
        // Cookies are secure-only outside Development, so tests speak https to the in-memory server.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>Sets configuration before the host starts, e.g. With("Database:SeedDemoData", "true").</summary>
    public PortalFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Changes the test host's services after the app's own, e.g. to trust a test provider's certificate.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> configure)
    {
        services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.Scheme, _ => { });
            testServices.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestSignIn.Scheme);
            foreach (var configure in services) configure(testServices);
        });
    }

    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>A client signed in as the person (their real account, roles and claims).</summary>
    public HttpClient CreateClientFor(int personId)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(TestSignIn.Header, personId.ToString());
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<TrainingHubDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>());
    }

    public Task WithDbAsync(Func<TrainingHubDbContext, Task> work) =>
        WithDbAsync<bool>(async db => { await work(db); return true; });

    public TestData Data => new(this);

    /// <summary>Where this portal's test data draws its names: seeded, so the same test draws the same names every run.</summary>
    internal Bogus.Faker DataFaker { get; } = new("en_GB") { Random = new Bogus.Randomizer(2014) };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
