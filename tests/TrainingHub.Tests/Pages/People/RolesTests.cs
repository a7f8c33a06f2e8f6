using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.People;

public sealed class RolesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Authentication:SessionCheckSeconds", "0").OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<HttpResponseMessage> GrantAsync(HttpClient lead, int personId, string role, int? placeId) =>
        lead.PostFormAsync($"/People/{personId}", new Dictionary<string, string> { ["Input.Role"] = role, ["Input.PlaceId"] = placeId?.ToString() ?? "" },
            postUrl: $"/People/{personId}?handler=Grant");

    [Fact]
    public async Task A_lead_grants_a_place_scoped_role_which_reaches_the_persons_sign_in_and_is_recorded()
    {
        var place = await factory.Data.PlaceAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync();

        var response = await GrantAsync(factory.CreateClientFor(lead.Id), person.Id, PortalRoles.Facilitator, place.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientFor(person.Id).GetAsync("/Practices")).StatusCode);
        var change = await factory.WithDbAsync(db => db.RoleChanges.SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal((RoleChangeKind.Granted, PortalRoles.Facilitator, place.Id, lead.Id), (change.Kind, change.Role, change.PlaceId, change.ActorPersonId));
    }

    [Fact]
    public async Task Granting_the_same_role_twice_is_refused_with_a_message()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(lead.Id);

        await GrantAsync(client, person.Id, PortalRoles.Trainer, null);
        var again = await GrantAsync(client, person.Id, PortalRoles.Trainer, null);

        Assert.Contains("They already have this role there", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.RoleGrants.CountAsync(g => g.PersonId == person.Id)));
    }

    [Fact]
    public async Task Revoking_the_last_grant_of_a_role_takes_the_role_away_and_is_recorded()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(lead.Id);
        await GrantAsync(client, person.Id, PortalRoles.Trainer, null);
        var grantId = await factory.WithDbAsync(db => db.RoleGrants.Where(g => g.PersonId == person.Id).Select(g => g.Id).SingleAsync());

        var details = PageHtml.Parse(await client.GetPageAsync($"/People/{person.Id}"));
        Assert.Empty(details.QuerySelectorAll("form[action*='Revoke']"));
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/People/{person.Id}/Revoke/{grantId}"));
        Assert.Equal("Revoke the trainer role?", confirm.TextOf("h1"));
        Assert.Contains("is no longer a trainer", confirm.TextOf("#what-happens"));
        Assert.True(await factory.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));

        var revoked = await client.PostFormAsync($"/People/{person.Id}/Revoke/{grantId}", []);

        Assert.Equal($"/People/{person.Id}", revoked.Headers.Location!.OriginalString);
        Assert.Equal($"Trainer role (every place) revoked from {person.FullName}.",
            PageHtml.Parse(await client.GetPageAsync(revoked.Headers.Location.OriginalString)).TextOf(".nhsuk-notification-banner__heading"));
        var refused = await factory.CreateClientFor(person.Id).GetAsync("/Practices");
        Assert.Equal(TrainingHub.Tests.Authorization.Access.Forbidden, TrainingHub.Tests.Authorization.PageAccess.Classify(refused, "GET"));
        Assert.Equal([RoleChangeKind.Granted, RoleChangeKind.Revoked],
            await factory.WithDbAsync(db => db.RoleChanges.Where(c => c.PersonId == person.Id).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync()));
    }

    [Fact]
    public async Task A_grant_cannot_be_revoked_through_another_persons_page_by_editing_the_id()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await factory.Data.PersonAsync();
        var bystander = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(lead.Id);
        await GrantAsync(client, trainer.Id, PortalRoles.Trainer, null);
        var grantId = await factory.WithDbAsync(db => db.RoleGrants.Where(g => g.PersonId == trainer.Id).Select(g => g.Id).SingleAsync());

        // A real antiforgery token from the bystander's own page: the refusal is the revoke page's.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/{bystander.Id}/Revoke/{grantId}")).StatusCode);
        var response = await client.PostFormAsync($"/People/{bystander.Id}", [], $"/People/{bystander.Id}/Revoke/{grantId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));
    }

    [Fact]
    public async Task A_lead_cannot_remove_their_own_lead_role()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other);
        var other = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        await GrantAsync(factory.CreateClientFor(other.Id), lead.Id, PortalRoles.ProgrammeLead, null);
        var grantId = await factory.WithDbAsync(db => db.RoleGrants.Where(g => g.PersonId == lead.Id).Select(g => g.Id).SingleAsync());

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/People/{lead.Id}/Revoke/{grantId}", []);

        Assert.Contains("You cannot remove your own programme lead role", await response.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));
    }

    [Fact]
    public async Task Switching_a_person_off_ends_their_open_sessions()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync();
        var session = await factory.SignedInClientAsync(await factory.GivePasswordAsync(person.Id));

        var client = factory.CreateClientFor(lead.Id);
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/People/{person.Id}/SwitchOff"));
        Assert.Equal("Switch off their account?", confirm.TextOf("h1"));
        Assert.Contains("is signed out everywhere within a minute", confirm.TextOf("#what-happens"));
        Assert.Contains("Signed in as", await session.GetPageAsync("/"));

        var response = await client.PostFormAsync($"/People/{person.Id}/SwitchOff", []);

        Assert.Equal("Account switched off: they are signed out within a minute.",
            PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString)).TextOf(".nhsuk-notification-banner__heading"));

        // A moment later (the session check looks again only once time has passed since the cookie was issued).
        factory.TestClockOf().Advance(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("Signed in as", await session.GetPageAsync("/"));
        Assert.False(await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).Select(p => p.IsActive).SingleAsync()));
    }
}
