using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// A portal with no demo data at all, on Kestrel, sending its mail to a real SMTP server process, with a clock a
/// journey may move. People sign in with a password or through a real OpenID provider standing in for the NHS
/// organisation's Entra tenant (which lets people it vouches for register themselves).
/// </summary>
public sealed class EmptyPortalFixture : IAsyncLifetime
{
    public SmtpSink Smtp { get; } = new();
    public JourneyClock Clock { get; } = new();
    public OpenIdProvider Tenant { get; private set; } = null!;
    public KestrelPortal Portal { get; private set; } = null!;
    public Mailbox Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tenant = await OpenIdProvider.StartAsync();
        Portal = new KestrelPortal(new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "false",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(),
            ["Mail:Smtp:Security"] = "None",
            ["Messages:PortalUrl"] = "https://traininghub.test",
            ["Authentication:EntraId:Instance"] = Tenant.Instance,
            ["Authentication:EntraId:TenantId"] = OpenIdProvider.TenantId.ToString(),
            ["Authentication:EntraId:ClientId"] = OpenIdProvider.LoopbackClientId,
            ["Authentication:EntraId:ClientCredentials:0:SourceType"] = "ClientSecret",
            ["Authentication:EntraId:ClientCredentials:0:ClientSecret"] = OpenIdProvider.ClientSecret,
        }, Clock, services => services.AddHttpClient(EntraIdOptions.Scheme).ConfigurePrimaryHttpMessageHandler(Tenant.TrustingHandler));
        Mail = new Mailbox(Portal, Smtp);
    }

    public async Task DisposeAsync()
    {
        Portal.Dispose();
        Smtp.Dispose();
        await Tenant.DisposeAsync();
    }
}
