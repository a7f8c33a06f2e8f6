using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Data.Entities.PersonalData;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.YourData;

public sealed class YourDataTests
{
    [Fact]
    public async Task A_person_downloads_their_own_rows_and_nothing_of_anyone_elses()
    {
        using var factory = new PortalFactory().OnTestClock();
        var me = await factory.Data.PersonAsync();
        var other = await factory.Data.PersonAsync();
        await MessageAsync(factory, me.Id, "Your place on the course is confirmed");
        await MessageAsync(factory, other.Id, "Someone else's reminder");
        var client = factory.CreateClientFor(me.Id);

        var json = await client.GetStringAsync("/YourData?handler=Json");
        var html = new HtmlParser().ParseDocument(await client.GetStringAsync("/YourData")).QuerySelector("main")!.TextContent;

        using var document = JsonDocument.Parse(json);
        var sections = document.RootElement.GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("Title").GetString()!, s => s.GetProperty("Rows").GetArrayLength());
        Assert.Equal(1, sections["Profile"]);
        Assert.Equal(1, sections["Sign-in account"]);
        Assert.Equal(1, sections["Messages sent to you"]);
        foreach (var text in new[] { json, html })
        {
            Assert.Contains(me.WorkEmail, text);
            Assert.Contains("Your place on the course is confirmed", text);
            Assert.DoesNotContain(other.WorkEmail, text);
            Assert.DoesNotContain("Someone else's reminder", text);
            Assert.DoesNotContain("PasswordHash", text);
        }
    }

    [Fact]
    public async Task A_lead_produces_a_persons_data_on_request_and_it_is_recorded()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        var json = await client.GetStringAsync($"/YourData/Person/{person.Id}?handler=Json");
        var unknown = await client.GetAsync("/YourData/Person/999999");

        var records = await factory.WithDbAsync(db => db.PersonalDataRequests.AsNoTracking().ToListAsync());
        var record = Assert.Single(records);
        Assert.Contains(person.WorkEmail, json);
        Assert.DoesNotContain(lead.WorkEmail, json);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((PersonalDataRequestKind.Access, person.Id, lead.Id), (record.Kind, record.PersonId, record.ActedByPersonId));
    }

    private static Task MessageAsync(PortalFactory factory, int personId, string subject) => factory.WithDbAsync(async db =>
    {
        db.Notifications.Add(new Notification
        {
            Kind = "test", Subject = subject, RecipientPersonId = personId, Occurrence = Guid.NewGuid().ToString("N"),
            ValuesJson = "{}", DueAt = factory.Now(), CreatedAt = factory.Now(),
        });
        await db.SaveChangesAsync();
    });
}
