using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class StartupRefusalTests
{
    [Fact]
    public void Outside_development_the_portal_refuses_to_start_without_a_sign_in_method()
    {
        using var factory = new PortalFactory().With("Authentication:LocalAccounts", "false").OnTestClock();

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("No sign-in method is configured", Flatten(refusal));
    }

    [Fact]
    public void An_incomplete_Entra_ID_registration_is_refused_with_what_is_missing()
    {
        using var factory = new PortalFactory()
            .With("Authentication:EntraId:TenantId", "7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a")
            .With("Authentication:EntraId:ClientId", "traininghub")
            .OnTestClock();

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Authentication:EntraId is incomplete", Flatten(refusal));
        Assert.Contains("ClientSecret", Flatten(refusal));
    }

    [Fact]
    public void Production_never_loads_the_demo_accounts_and_their_published_password()
    {
        using var factory = new PortalFactory().With("environment", "Production").With("Database:SeedDemoData", "true").OnTestClock();

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("never loaded in Production", Flatten(refusal));
    }

    [Fact]
    public void A_retention_schedule_that_cannot_be_used_is_refused_naming_the_setting()
    {
        using var factory = new PortalFactory().With("Retention:AuditLogYears", "5").OnTestClock();

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Retention:AuditLogYears must be more than Retention:LeaverYears, or 0", Flatten(refusal));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);
}
