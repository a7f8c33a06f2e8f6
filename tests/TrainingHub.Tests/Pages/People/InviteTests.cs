using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.People;

public sealed class InviteTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private async Task<HttpResponseMessage> InviteAsync(HttpClient lead, string email, string given = "Priya") =>
        await lead.PostFormAsync("/People/Invite", new Dictionary<string, string>
        {
            ["Input.GivenName"] = given, ["Input.FamilyName"] = "Kaur", ["Input.Email"] = email,
            ["Workplace.Practice"] = "none", ["Workplace.Role"] = nameof(ProfessionalRole.PracticeNurse), ["Input.Organisation"] = "",
        });

    [Fact]
    public async Task An_invited_person_sets_a_password_once_through_the_emailed_link_and_signs_in()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        await InviteAsync(factory.CreateClientFor(lead.Id), "Priya.Kaur@NHS.example");
        var invited = factory.CreateAnonymousClient();
        var link = factory.LinkTo("priya.kaur@nhs.example", "/Account/AcceptInvitation");
        var password = new Dictionary<string, string> { ["Input.Password"] = "kettle harbour violet", ["Input.ConfirmPassword"] = "kettle harbour violet" };

        var first = await invited.PostFormAsync(link, password.Concat(Accounts.LinkFields(await invited.GetPageAsync(link))));
        var again = await invited.PostFormAsync(link, password.Concat(Accounts.LinkFields(await invited.GetPageAsync(link))));

        Assert.Contains("Your account is ready", await first.Content.ReadAsStringAsync());
        Assert.Contains("has expired or has already been used", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().SignInAsync("priya.kaur@nhs.example", "kettle harbour violet")).StatusCode);
    }

    [Fact]
    public async Task Inviting_an_address_already_in_the_portal_is_refused_and_keeps_what_was_typed()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var existing = await factory.Data.PersonAsync();

        var response = await InviteAsync(factory.CreateClientFor(lead.Id), existing.WorkEmail, given: "Typed");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("already in the portal", html);
        Assert.Contains("value=\"Typed\"", html);
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.WorkEmail == existing.WorkEmail)));
        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task An_invitation_link_with_a_forged_token_sets_no_password()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        await InviteAsync(factory.CreateClientFor(lead.Id), "sam.jones@nhs.example");
        var client = factory.CreateAnonymousClient();
        var forged = "/Account/AcceptInvitation?email=sam.jones%40nhs.example&token=Zm9yZ2Vk";

        var response = await client.PostFormAsync(forged, Accounts.LinkFields(await client.GetPageAsync(forged)).Concat(
            new Dictionary<string, string> { ["Input.Password"] = "kettle harbour violet", ["Input.ConfirmPassword"] = "kettle harbour violet" }));

        Assert.Contains("has expired or has already been used", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "sam.jones@nhs.example" && u.PasswordHash != null)));
    }
}
