using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Audit;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Adding_changing_and_removing_an_audited_row_each_write_exactly_one_entry_with_its_values()
    {
        using var factory = new PortalFactory().OnTestClock();
        var place = await factory.Data.PlaceAsync(name: "Oxfordshire");
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Places.SingleAsync(p => p.Id == place.Id);
            tracked.Name = "Oxfordshire and the Vale";
            await db.SaveChangesAsync();
            db.Places.Remove(tracked);
            await db.SaveChangesAsync();
        });

        var entries = await EntriesAsync(factory, "Place", place.Id.ToString());

        Assert.Equal([AuditKind.Added, AuditKind.Changed, AuditKind.Removed], entries.Select(e => e.Kind));
        var (added, changed, removed) = (entries[0], entries[1], entries[2]);
        Assert.Null(added.Before);
        Assert.Equal("Oxfordshire", Value(added.After, "Name"));
        Assert.Equal(("Oxfordshire", "Oxfordshire and the Vale"), (Value(changed.Before, "Name"), Value(changed.After, "Name")));
        Assert.Equal(["Name"], Columns(changed.After));
        Assert.Equal("Oxfordshire and the Vale", Value(removed.Before, "Name"));
        Assert.Null(removed.After);
        Assert.All(entries, e => Assert.Null(e.ActorPersonId));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_entry_behind()
    {
        using var factory = new PortalFactory().OnTestClock();
        var place = await factory.Data.PlaceAsync();
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.Places.Add(new Place { Name = "A second place", CommissionerCode = "ZZZ" });
            // A commissioner code already in use breaks its unique index, so the whole save fails.
            db.Places.Add(new Place { Name = "A copy", CommissionerCode = place.CommissionerCode });
            await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Places.AnyAsync(p => p.Name == "A second place")));
    }

    [Fact]
    public async Task A_persons_name_and_email_are_logged_as_changed_never_as_their_values()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.People.SingleAsync(p => p.Id == person.Id);
            tracked.FamilyName = "O'Connor-Ní Bhriain";
            await db.SaveChangesAsync();
        });

        var entries = await EntriesAsync(factory, "Person", person.Id.ToString());
        var all = string.Join("\n", entries.SelectMany(e => new[] { e.Before, e.After }));

        Assert.Equal([AuditKind.Added, AuditKind.Changed], entries.Select(e => e.Kind));
        Assert.Equal(AuditedRecords.TextNotKept, Value(entries[1].After, "FamilyName"));
        Assert.DoesNotContain(person.FamilyName, all);
        Assert.DoesNotContain("Bhriain", all);
        Assert.DoesNotContain(person.WorkEmail, all);
    }

    [Fact]
    public async Task A_lead_switching_a_person_off_is_one_entry_naming_the_lead()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        await client.PostFormAsync($"/People/{person.Id}/SwitchOff", []);
        await client.PostFormAsync($"/People/{person.Id}/SwitchOff", []);

        var changed = Assert.Single(await EntriesAsync(factory, "Person", person.Id.ToString()), e => e.Kind == AuditKind.Changed);
        Assert.Equal(lead.Id, changed.ActorPersonId);
        Assert.Equal((true, false), (Value(changed.Before, "IsActive") == "True", Value(changed.After, "IsActive") == "True"));
    }

    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_logged_without_the_address_typed()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);

        await factory.CreateAnonymousClient().SignInAsync(email, "not the password");
        await factory.CreateAnonymousClient().SignInAsync("nobody.at.all@test.nhs.example", "not the password");
        await factory.SignedInClientAsync(email);

        var entries = await EntriesAsync(factory, AuditLog.SignIn, null);
        Assert.Equal([AuditKind.SignInFailed, AuditKind.SignInFailed, AuditKind.SignedIn], entries.Select(e => e.Kind));
        Assert.Equal([person.Id.ToString(), null, person.Id.ToString()], entries.Select(e => e.EntityId));
        Assert.Equal(person.Id, entries[2].ActorPersonId);
        Assert.DoesNotContain(entries, e => (e.After ?? "").Contains('@'));
    }

    [Fact]
    public async Task A_lead_reading_another_persons_page_or_data_is_logged_and_their_own_page_is_not()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        await client.GetPageAsync($"/People/{person.Id}");
        await client.GetPageAsync($"/YourData/Person/{person.Id}");
        await client.GetPageAsync($"/People/{lead.Id}");

        var reads = await EntriesAsync(factory, AuditLog.PersonalData, null);
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal((AuditKind.Read, person.Id.ToString(), (int?)lead.Id), (r.Kind, r.EntityId, r.ActorPersonId)));
    }

    [Fact]
    public async Task Writes_made_without_change_tracking_are_logged_too_an_event_cancelled_and_the_coverage_target_changed()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await TrainingHub.Tests.Pages.Bookings.BookingsTestData.BookableEventAsync(factory);
        using (var scope = factory.Services.CreateScope())
        {
            var sequence = await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).Select(x => x.Sequence).SingleAsync());
            Assert.Null(await scope.ServiceProvider.GetRequiredService<TrainingHub.Web.Pages.Events.EventActions>()
                .CancelAsync(e.Id, sequence, "Trainer unwell", lead.Id));
            await scope.ServiceProvider.GetRequiredService<TrainingHub.Web.Pages.Coverage.CoverageReports>().SetTargetAsync(80, lead.Id);
        }

        var cancelled = Assert.Single(await EntriesAsync(factory, "Event", e.Id.ToString()), x => x.Kind == AuditKind.Changed);
        var target = Assert.Single(await EntriesAsync(factory, "Coverage target", null), x => x.Kind == AuditKind.Changed);

        Assert.Equal(("Published", "Cancelled"), (Value(cancelled.Before, "Status"), Value(cancelled.After, "Status")));
        Assert.Equal("80", Value(target.After, "Percent"));
    }

    private static Task<List<AuditEntry>> EntriesAsync(PortalFactory factory, string kind, string? id) => factory.WithDbAsync(db =>
        db.AuditEntries.AsNoTracking().Where(e => e.EntityKind == kind && (id == null || e.EntityId == id)).OrderBy(e => e.Id).ToListAsync());

    private static string? Value(string? json, string column) =>
        AuditValues.Read(json)![column] is JsonElement e ? e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString() : null;

    private static string[] Columns(string? json) => AuditValues.Read(json)!.Keys.ToArray();
}
