using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Data.Entities.PersonalData;
using TrainingHub.Web.Data.Entities.Trainers;

namespace TrainingHub.Tests.Pages.YourData;

public sealed class ErasureTests
{
    [Fact]
    public async Task After_erasure_no_text_column_holds_their_name_or_email_and_the_figures_are_unchanged()
    {
        using var factory = new PortalFactory().OnTestClock();
        var lead = await factory.LeadAsync();
        var trainer = await factory.TrainerAsync();
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var course = await factory.PastEventAsync(trainer.Id, placeId: place.Id);
        var (person, booking) = await factory.AttendeeAsync(course.Id, practice.Id);
        await factory.AttendeeAsync(course.Id, practice.Id);
        await factory.ResponseAsync(booking, mostUseful: $"Meeting {person.FullName} again");
        await TracesAsync(factory, person, trainer.Id);
        var client = factory.CreateClientFor(lead.Id);
        var figuresBefore = await FiguresAsync(client);

        var confirm = PageHtml.Parse(await client.GetPageAsync($"/YourData/Erase/{person.Id}"));
        var response = await client.PostFormAsync($"/YourData/Erase/{person.Id}", []);

        Assert.Contains("What stays, and why", confirm.TextOf("main"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(figuresBefore, await FiguresAsync(client));
        Assert.Empty(await TextColumnsHoldingAsync(factory, person.FullName, person.WorkEmail));
        var (request, erased) = await factory.WithDbAsync(async db => (
            await db.PersonalDataRequests.SingleAsync(r => r.Kind == PersonalDataRequestKind.Erasure),
            await db.AuditEntries.SingleAsync(e => e.Kind == AuditKind.Erased)));
        Assert.Equal((person.Id, lead.Id), (request.PersonId, request.ActedByPersonId));
        Assert.Equal((person.Id.ToString(), (int?)lead.Id), (erased.EntityId, erased.ActorPersonId));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.PersonId == person.Id)));
        Assert.False(await factory.WithDbAsync(db => db.CalendarFeeds.AnyAsync(f => f.PersonId == person.Id)));
    }

    [Fact]
    public async Task A_lead_cannot_erase_themselves_or_erase_someone_twice()
    {
        using var factory = new PortalFactory().OnTestClock();
        var lead = await factory.LeadAsync();
        var person = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(lead.Id);

        await client.PostFormAsync($"/YourData/Erase/{person.Id}", []);
        var twice = await PageHtml.ParseAsync(await client.PostFormAsync($"/YourData/Erase/{person.Id}", []));
        var self = await PageHtml.ParseAsync(await client.PostFormAsync($"/YourData/Erase/{lead.Id}", []));

        Assert.Equal("This person's data has already been erased", twice.TextOf(".nhsuk-error-summary__list").Trim());
        Assert.Equal("You cannot erase yourself: ask another programme lead", self.TextOf(".nhsuk-error-summary__list").Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.PersonalDataRequests.CountAsync(r => r.Kind == PersonalDataRequestKind.Erasure)));
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.PersonId == lead.Id)));
    }

    /// <summary>Their name and email in every place a person leaves them: messages, notes, a feed, an external login.</summary>
    private static Task TracesAsync(PortalFactory factory, Person person, int trainerId) => factory.WithDbAsync(async db =>
    {
        var now = factory.Now();
        db.Notifications.Add(new Notification
        {
            Kind = "test", Subject = $"Hello {person.FullName}", RecipientPersonId = person.Id, Occurrence = "erasure-test",
            ValuesJson = $"{{\"email\":\"{person.WorkEmail}\"}}", RenderedText = $"Dear {person.GivenName}, write to {person.WorkEmail}",
            SmtpReply = $"250 OK {person.WorkEmail}", DueAt = now, CreatedAt = now,
        });
        db.TrainerRecordNotes.Add(new TrainerRecordNote { TrainerPersonId = trainerId, AuthorPersonId = person.Id, Text = "Co-delivered well", WrittenAt = now });
        db.CalendarFeeds.Add(new CalendarFeed { PersonId = person.Id, Token = "erasure-test-token", CreatedAt = now });
        await db.Bookings.Where(b => b.PersonId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Note, $"{person.FamilyName} needs a hearing loop"));
        var user = await db.Users.SingleAsync(u => u.PersonId == person.Id);
        db.UserLogins.Add(new IdentityUserLogin<string> { LoginProvider = "EntraId", ProviderKey = "oid-1", ProviderDisplayName = person.WorkEmail, UserId = user.Id });
        await db.SaveChangesAsync();
    });

    private static async Task<string> FiguresAsync(HttpClient lead) =>
        string.Join("\n---\n", await lead.GetStringAsync("/api/coverage"), await lead.GetStringAsync("/api/delivery"),
            await lead.GetStringAsync("/Feedback/Reports?handler=Csv"));

    /// <summary>Walks the model itself, so a text column added later is searched too.</summary>
    private static Task<List<string>> TextColumnsHoldingAsync(PortalFactory factory, params string[] values) => factory.WithDbAsync(async db =>
    {
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null))
            foreach (var column in type.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var name = column.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()));
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{name}\" FROM \"{type.GetTableName()}\" WHERE \"{name}\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    foreach (var value in values.Where(v => reader.GetString(0).Contains(v, StringComparison.OrdinalIgnoreCase)))
                        found.Add($"{type.GetTableName()}.{name} holds {value}");
            }
        return found;
    });
}
