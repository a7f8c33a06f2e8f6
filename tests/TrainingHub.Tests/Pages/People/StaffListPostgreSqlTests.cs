using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.People.PeopleInPractices;

namespace TrainingHub.Tests.Pages.People;

/// <summary>The staff list's one transaction on the production database, PostgreSQL.</summary>
public sealed class StaffListPostgreSqlTests : PostgreSqlPortal
{
    [Fact]
    public async Task On_postgresql_two_leads_applying_the_same_list_at_once_add_each_person_once()
    {
        var place = await Factory.Data.PlaceAsync("10Q", "Oxfordshire");
        await Factory.Data.PracticeAsync(place.Id, "K84001", "BARTLEMAS SURGERY");
        var file = StaffListHeader + "\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Person,Number {i},person.{i}@nhs.example,K84001,Practice nurse"));
        var leads = new List<HttpClient>();
        foreach (var _ in new[] { 1, 2 }) leads.Add(Factory.CreateClientFor((await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id));
        var staged = new List<string>();
        foreach (var lead in leads) staged.Add(StagedStaffList(await lead.CheckStaffListAsync(file))!);

        var pages = await Task.WhenAll(leads.Select((lead, i) => lead.ApplyStaffListAsync(staged[i])));

        // The second either waited for the first and found everyone already in (unchanged), or was refused whole.
        Assert.Contains(pages, p => p.Contains("Staff list applied"));
        Assert.All(pages, p => Assert.True(p.Contains("Staff list applied") || p.Contains("so nothing was changed: check the file again"), p));
        Assert.Equal(12, await Factory.WithDbAsync(db => db.People.CountAsync(p => p.WorkEmail.StartsWith("person."))));
        Assert.Equal(12, await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.StartsWith("person."))));
        Assert.Equal(12, await Factory.WithDbAsync(db => db.PersonPracticeChanges.CountAsync(c => c.Source == PracticeChangeSource.StaffList)));
        Assert.Equal(12, Factory.Mails().Length);
    }
}
