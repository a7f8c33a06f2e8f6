using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class StartupRefusalTests
{
    [Fact]
    public void Outside_development_the_portal_refuses_to_start_without_a_sign_in_method()
    {
        using var factory = new PortalFactory().With("Authentication:LocalAccounts", "false");

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("No sign-in method is configured", Flatten(refusal));
    }

    [Fact]
    public void Production_never_loads_the_demo_accounts_and_their_published_password()
    {
        using var factory = new PortalFactory().With("environment", "Production").With("Database:SeedDemoData", "true");

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("never loaded in Production", Flatten(refusal));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);
}
