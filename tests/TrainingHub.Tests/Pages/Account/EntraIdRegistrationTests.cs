using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Tests.Pages.Account;

/// <summary>
/// A portal whose app registration proves itself with a certificate (a client assertion the provider checks
/// against the registered public key) and lets people the tenant vouches for register themselves.
/// </summary>
public sealed class EntraIdRegistrationWorld : IAsyncLifetime
{
    public OpenIdProvider Provider { get; private set; } = null!;
    public PortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync();
        Portal = EntraIdWorld.PortalFor(Provider)
            .With("Authentication:EntraId:ClientId", OpenIdProvider.CertificateClientId)
            .With("Authentication:EntraId:ClientCredentials:0:SourceType", "Path")
            .With("Authentication:EntraId:ClientCredentials:0:CertificateDiskPath", Provider.ClientCertificatePath);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class EntraIdRegistrationTests(EntraIdRegistrationWorld world) : IClassFixture<EntraIdRegistrationWorld>
{
    private PortalFactory Portal => world.Portal;

    private async Task<string> NewcomerAsync(string email, params string[] appRoles)
    {
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new { tid = OpenIdProvider.TenantId, oid = sub, name = "Siân O'Brien-Nkemelu", preferred_username = email, roles = appRoles });
        return sub;
    }

    private static Dictionary<string, string> Choice(int practiceId, ProfessionalRole role, string search) => new()
    {
        ["Input.GivenName"] = "Siân", ["Input.FamilyName"] = "O'Brien-Nkemelu", ["Input.PracticeId"] = practiceId.ToString(),
        ["Input.Role"] = role.ToString(), ["Search"] = search,
    };

    [Fact]
    public async Task A_code_redeemed_with_the_apps_certificate_signs_a_known_member_in()
    {
        var person = await Portal.Data.PersonAsync();
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new { tid = OpenIdProvider.TenantId, oid = sub, preferred_username = person.WorkEmail });
        var browser = Portal.CreateAnonymousClient();

        var landed = await EntraIdSignInTests.SignInAsync(browser, world.Provider, sub);

        Assert.Equal("/Account/Security", landed.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(landed.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task Someone_new_chooses_their_practice_and_job_role_becomes_an_attendee_and_books()
    {
        var practice = await Portal.PracticeAsync();
        var e = await Portal.BookableEventAsync();
        var email = $"new.starter.{Guid.NewGuid():N}@test.nhs.example";
        // The directory says lead; registering yourself never makes anyone one.
        var sub = await NewcomerAsync(email, PortalRoles.ProgrammeLead);
        var browser = Portal.CreateAnonymousClient();

        var asked = await EntraIdSignInTests.SignInAsync(browser, world.Provider, sub, $"/Bookings/Book/{e.Id}");
        Assert.StartsWith("/Account/Register?returnUrl=", asked.OriginalString);
        var search = $"{asked.OriginalString}&Search={practice.OdsCode}";
        var page = new HtmlParser().ParseDocument(await browser.GetPageAsync(search));
        Assert.Contains(email, page.QuerySelector("main p")!.TextContent);
        Assert.Equal([practice.Id.ToString()], page.QuerySelectorAll("input[name='Input.PracticeId']").Select(i => i.GetAttribute("value")));
        var joined = await browser.PostFormAsync(search, Choice(practice.Id, ProfessionalRole.HealthcareAssistant, practice.OdsCode), "/Account/Register?returnUrl=" + Uri.EscapeDataString($"/Bookings/Book/{e.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal($"/Bookings/Book/{e.Id}", joined.Headers.Location!.OriginalString);
        var person = await Portal.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.WorkEmail == email));
        Assert.Equal((practice.Id, ProfessionalRole.HealthcareAssistant, "Siân", "O'Brien-Nkemelu"), (person.PracticeId!.Value, person.ProfessionalRole, person.GivenName, person.FamilyName));
        Assert.False(await Portal.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.PersonId == person.Id)));
        var joinedAt = await Portal.WithDbAsync(db => db.PersonPracticeChanges.AsNoTracking().Where(c => c.PersonId == person.Id)
            .Select(c => new { c.FromPracticeId, c.ToPracticeId, c.ToRole, c.Source, c.ByPersonId }).ToListAsync());
        Assert.Equal([new { FromPracticeId = (int?)null, ToPracticeId = (int?)practice.Id, ToRole = ProfessionalRole.HealthcareAssistant,
            Source = PracticeChangeSource.SelfRegistration, ByPersonId = (int?)null }], joinedAt);
        Assert.True(await Portal.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.LoginProvider == EntraIdOptions.Scheme && l.ProviderKey == $"{OpenIdProvider.TenantId}/{sub}")));

        var booked = await browser.BookAsync(e.Id);

        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var booking = Assert.Single(await Portal.BookingsOnAsync(e.Id));
        Assert.Equal((person.Id, BookingState.Booked), (booking.PersonId, booking.State));
        Assert.Contains("/Account/AccessDenied", (await browser.GetAsync("/People")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_closed_practice_is_refused_with_a_reason_and_nobody_is_created()
    {
        var place = await Portal.Data.PlaceAsync();
        var closed = await Portal.Data.PracticeAsync(place.Id, status: PracticeStatus.Closed);
        var email = $"closed.{Guid.NewGuid():N}@test.nhs.example";
        var browser = Portal.CreateAnonymousClient();
        var asked = await EntraIdSignInTests.SignInAsync(browser, world.Provider, await NewcomerAsync(email));
        var search = $"{asked.OriginalString}&Search={closed.OdsCode}";

        var refused = await browser.PostFormAsync(search, Choice(closed.Id, ProfessionalRole.PracticeNurse, closed.OdsCode), "/Account/Register");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["That practice has closed or left the programme's area. Choose the practice you work in now"], page.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Contains("closed", page.QuerySelector("label[for='Input_PracticeId']")!.TextContent);
        Assert.False(await Portal.WithDbAsync(db => db.People.AnyAsync(p => p.WorkEmail == email)));
    }

    [Fact]
    public async Task A_form_with_nothing_chosen_names_each_missing_field_in_page_order()
    {
        var browser = Portal.CreateAnonymousClient();
        var asked = await EntraIdSignInTests.SignInAsync(browser, world.Provider, await NewcomerAsync($"empty.{Guid.NewGuid():N}@test.nhs.example"));

        var refused = await browser.PostFormAsync(asked.OriginalString, new Dictionary<string, string> { ["Input.GivenName"] = "", ["Input.FamilyName"] = "" }, "/Account/Register");

        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["Enter your first name", "Enter your last name", "Choose the practice you work in", "Choose your job role"],
            page.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Nobody_reaches_registration_without_a_fresh_sign_in_from_the_tenant()
    {
        var attendee = await Portal.Data.PersonAsync();

        foreach (var browser in new[] { Portal.CreateAnonymousClient(), Portal.CreateClientFor(attendee.Id) })
        {
            var refused = await browser.GetAsync("/Account/Register");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal(EntraIdOptions.RefusalPath("interrupted"), refused.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Signing_out_after_an_Entra_sign_in_also_ends_the_Entra_session()
    {
        var person = await Portal.Data.PersonAsync();
        var sub = Guid.NewGuid().ToString();
        await world.Provider.AddAccountAsync(sub, new { tid = OpenIdProvider.TenantId, oid = sub, preferred_username = person.WorkEmail });
        var browser = Portal.CreateAnonymousClient();
        await EntraIdSignInTests.SignInAsync(browser, world.Provider, sub);

        var signedOut = await browser.PostFormAsync("/Account/SignOut", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var endSession = signedOut.Headers.Location!;
        Assert.StartsWith(world.Provider.Issuer + "/session/end", endSession.ToString());
        Assert.Contains("post_logout_redirect_uri=" + Uri.EscapeDataString(OpenIdProvider.SignedOutUri), endSession.Query);
        var after = await browser.GetAsync("/Account/Security");
        Assert.Contains("/Account/SignIn", after.Headers.Location!.OriginalString);
    }
}
