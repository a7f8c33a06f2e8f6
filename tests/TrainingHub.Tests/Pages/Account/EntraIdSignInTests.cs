using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Tests.Pages.Account;

/// <summary>The portal and a real OpenID provider on loopback standing in for the organisation's Entra tenant.</summary>
public sealed class EntraIdWorld : IAsyncLifetime
{
    public OpenIdProvider Provider { get; private set; } = null!;
    public PortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync();
        // Passwords off: everyone signs in through the tenant, as a trust that turns on single sign-on would run it.
        Portal = PortalFor(Provider)
            .With("Authentication:EntraId:SelfRegistration", "false")
            .With("Authentication:EntraId:ClientId", OpenIdProvider.ClientId)
            .With("Authentication:EntraId:ClientCredentials:0:SourceType", "ClientSecret")
            .With("Authentication:EntraId:ClientCredentials:0:ClientSecret", OpenIdProvider.ClientSecret);
    }

    /// <summary>
    /// The production settings (HTTPS metadata required, Identity.Web's validators); only the trust of the provider's
    /// own certificate is added, on the sign-in handler's back channel in this test host. The portal stays on the real
    /// clock: the provider is a separate process whose id_tokens carry the real time, and on the test clock they are refused.
    /// </summary>
    public static PortalFactory PortalFor(OpenIdProvider provider) => new PortalFactory()
        .With("Authentication:LocalAccounts", "false")
        .With("Authentication:EntraId:Instance", provider.Instance)
        .With("Authentication:EntraId:TenantId", OpenIdProvider.TenantId.ToString())
        .WithServices(services => services.AddHttpClient(EntraIdOptions.Scheme).ConfigurePrimaryHttpMessageHandler(provider.TrustingHandler));

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class EntraIdSignInTests(EntraIdWorld world) : IClassFixture<EntraIdWorld>
{
    private PortalFactory Portal => world.Portal;

    /// <summary>The whole journey over HTTP: sign-in page, provider's login, callback. Returns where the callback sent the browser.</summary>
    public static async Task<Uri> SignInAsync(HttpClient browser, OpenIdProvider provider, string sub, string returnUrl = "/Account/Security")
    {
        var challenge = await browser.GetAsync("/Account/SignIn?handler=EntraId&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Issuer + "/auth", authorize.ToString());
        Assert.Contains("code_challenge_method=S256", authorize.Query);
        Assert.Contains("nonce=", authorize.Query);

        var callback = await provider.SignInAsync(authorize, sub);
        Assert.Equal("/signin-entra", callback.AbsolutePath);
        var handled = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        return handled.Headers.Location!;
    }

    /// <summary>Signs in and follows the callback's redirect once: the destination page, or the page saying why not.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string sub) =>
        await browser.GetAsync((await SignInAsync(browser, world.Provider, sub)).OriginalString);

    private async Task<(Person Person, string Sub)> MemberAsync(string[] appRoles, bool active = true)
    {
        var person = await Portal.Data.PersonAsync();
        if (!active) await Portal.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false)));
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new
        {
            tid = OpenIdProvider.TenantId, oid = sub, name = person.FullName,
            preferred_username = person.WorkEmail.ToUpperInvariant(), roles = appRoles,
        });
        return (person, sub);
    }

    private Task<int?> LinkedPersonAsync(string sub) => Portal.WithDbAsync(db =>
        db.UserLogins.Where(l => l.LoginProvider == EntraIdOptions.Scheme && l.ProviderKey == $"{OpenIdProvider.TenantId}/{sub}")
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => (int?)u.PersonId).FirstOrDefaultAsync());

    private static async Task AssertSignedOutAsync(HttpClient browser)
    {
        var home = await browser.GetAsync("/Account/Security");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/Account/SignIn", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_member_is_linked_to_the_person_with_their_verified_work_email_and_their_app_roles_become_portal_roles()
    {
        await Portal.Data.PersonAsync(); // someone else, who must not be chosen
        var (person, sub) = await MemberAsync([PortalRoles.ProgrammeLead, PortalRoles.Trainer, "SomeOtherAppsRole"]);
        var browser = Portal.CreateAnonymousClient();

        var landed = await SignInAsync(browser, world.Provider, sub);

        Assert.Equal("/Account/Security", landed.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(landed.OriginalString)).StatusCode);
        Assert.Equal(person.Id, await LinkedPersonAsync(sub));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/People")).StatusCode);
        var grants = await Portal.WithDbAsync(db => db.RoleGrants.Where(g => g.PersonId == person.Id).OrderBy(g => g.Role)
            .Select(g => new { g.Role, g.ByDirectory, g.PlaceId }).ToListAsync());
        Assert.Equal([PortalRoles.ProgrammeLead, PortalRoles.Trainer], grants.Select(g => g.Role));
        Assert.All(grants, g => Assert.True(g.ByDirectory && g.PlaceId is null));
        var changes = await Portal.WithDbAsync(db => db.RoleChanges.Where(c => c.PersonId == person.Id).ToListAsync());
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.True(c.ByDirectory && c.Kind == RoleChangeKind.Granted));
    }

    [Fact]
    public async Task After_the_first_sign_in_the_link_decides_and_the_directory_takes_away_only_the_roles_it_gave()
    {
        var (person, sub) = await MemberAsync([PortalRoles.Trainer, PortalRoles.Facilitator]);
        await SignInAsync(Portal.CreateAnonymousClient(), world.Provider, sub);
        // The directory now sends a different address and only the facilitator role; a lead has also granted Trainer for a place.
        var place = await Portal.Data.PlaceAsync();
        await Portal.WithDbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant
            {
                PersonId = person.Id, Role = PortalRoles.Trainer, PlaceId = place.Id, ScopeKey = place.Id.ToString(),
                GrantedAt = Portal.Now(), GrantedByPersonId = person.Id,
            });
            await db.SaveChangesAsync();
        });
        await world.Provider.AddAccountAsync(sub, new
        {
            tid = OpenIdProvider.TenantId, oid = sub, preferred_username = "renamed.after.marriage@test.nhs.example", roles = new[] { PortalRoles.Facilitator },
        });
        var browser = Portal.CreateAnonymousClient();

        var landed = await SignInAsync(browser, world.Provider, sub);

        Assert.Equal("/Account/Security", landed.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(landed.OriginalString)).StatusCode);
        Assert.Equal(person.Id, await LinkedPersonAsync(sub));
        var held = await Portal.WithDbAsync(db => db.RoleGrants.Where(g => g.PersonId == person.Id).OrderBy(g => g.Role)
            .Select(g => g.Role + (g.PlaceId == null ? "" : " in a place")).ToListAsync());
        Assert.Equal([PortalRoles.Facilitator, PortalRoles.Trainer + " in a place"], held);
        Assert.True(await Portal.WithDbAsync(db => db.RoleChanges.AnyAsync(c =>
            c.PersonId == person.Id && c.Role == PortalRoles.Trainer && c.Kind == RoleChangeKind.Revoked && c.ByDirectory)));
    }

    [Fact]
    public async Task Someone_whose_work_email_no_person_has_is_refused_with_a_page_and_nobody_is_created()
    {
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new { tid = OpenIdProvider.TenantId, oid = sub, preferred_username = "stranger@elsewhere.nhs.example", roles = new[] { PortalRoles.ProgrammeLead } });
        var people = await Portal.WithDbAsync(db => db.People.CountAsync());
        var browser = Portal.CreateAnonymousClient();

        var refused = await SignInAsync(browser, sub);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("There is no TrainingHub account for you", page);
        Assert.Contains("stranger@elsewhere.nhs.example", page);
        Assert.Equal(people, await Portal.WithDbAsync(db => db.People.CountAsync()));
        Assert.Null(await LinkedPersonAsync(sub));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task A_person_a_lead_switched_off_is_refused_with_a_page()
    {
        var (_, sub) = await MemberAsync([PortalRoles.Trainer], active: false);
        var browser = Portal.CreateAnonymousClient();

        var refused = await SignInAsync(browser, sub);

        Assert.Contains("Your TrainingHub account is switched off", await refused.Content.ReadAsStringAsync());
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task A_guest_whose_email_nobody_in_the_tenant_verified_is_not_linked_even_when_it_matches()
    {
        var person = await Portal.Data.PersonAsync();
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new
        {
            tid = OpenIdProvider.TenantId, oid = sub, preferred_username = person.WorkEmail, email = person.WorkEmail,
            idp = "https://sts.windows.net/another-tenant/",
        });
        var browser = Portal.CreateAnonymousClient();

        var refused = await SignInAsync(browser, sub);

        Assert.Contains("We could not confirm your work email address", await refused.Content.ReadAsStringAsync());
        Assert.Null(await LinkedPersonAsync(sub));
        await AssertSignedOutAsync(browser);
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("nonce")]
    [InlineData("expired")]
    [InlineData("signature")]
    [InlineData("tenant")]
    public async Task An_id_token_that_is_not_the_tenants_answer_to_this_sign_in_is_refused(string tampering)
    {
        var (_, sub) = await MemberAsync([PortalRoles.ProgrammeLead]);
        await world.Provider.TamperWithNextIdTokenAsync(tampering);
        var browser = Portal.CreateAnonymousClient();

        var refused = await SignInAsync(browser, sub);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("We could not confirm your sign-in", await refused.Content.ReadAsStringAsync());
        Assert.Null(await LinkedPersonAsync(sub));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task With_local_accounts_off_the_sign_in_page_offers_only_the_organisation_account_and_password_pages_refuse()
    {
        var browser = Portal.CreateAnonymousClient();

        var page = await (await browser.GetAsync("/Account/SignIn")).Content.ReadAsStringAsync();

        Assert.Contains("Sign in with your NHS organisation account", page);
        Assert.DoesNotContain("type=\"password\"", page);
        foreach (var path in new[] { "/Account/ForgotPassword", "/Account/ResetPassword?email=a%40b.example&token=x", "/Account/AcceptInvitation?email=a%40b.example&token=x" })
        {
            var refused = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal(PasswordsOnlyAttribute.RefusalPage, refused.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task With_local_accounts_off_an_invitation_says_to_sign_in_with_the_organisation_account_and_carries_no_password_link()
    {
        var lead = await Portal.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var email = $"invited.{Guid.NewGuid():N}@nhs.example";

        await Portal.CreateClientFor(lead.Id).PostFormAsync("/People/Invite", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Ade", ["Input.FamilyName"] = "Okafor", ["Input.Email"] = email,
            ["Workplace.Practice"] = "none", ["Workplace.Role"] = nameof(ProfessionalRole.PracticeNurse), ["Input.Organisation"] = "",
        });

        var invitation = Assert.Single(Portal.Mails(), m => m.Contains(email, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Sign in here with your NHS organisation account", invitation);
        Assert.Contains("/Account/SignIn", invitation);
        Assert.DoesNotContain("AcceptInvitation", invitation);
        Assert.DoesNotContain("Choose your password", invitation);
    }
}
