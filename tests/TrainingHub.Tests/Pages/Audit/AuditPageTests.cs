using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Audit;

public sealed class AuditPageTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_lead_filters_the_log_by_who_kind_and_uk_dates()
    {
        using var factory = new PortalFactory().OnTestClock();
        var (lead, other) = await PeopleAsync(factory);
        await EntriesAsync(factory,
            Entry(lead.Id, "Booking", Monday), Entry(lead.Id, "Practice", Monday), Entry(other.Id, "Booking", Monday),
            Entry(lead.Id, "Booking", Monday.AddDays(3)),
            // 23:30 UTC on 31 May is 00:30 on 1 June in the UK (BST): inside a filter from 1 June.
            Entry(lead.Id, "Booking", new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero)));
        var client = factory.CreateClientFor(lead.Id);

        var page = PageHtml.Parse(await client.GetPageAsync(
            $"/Audit?Who={Uri.EscapeDataString(lead.FamilyName)}&Kind=Booking&From.Day=1&From.Month=6&From.Year=2026&To.Day=1&To.Month=6&To.Year=2026"));

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("Changed: Booking", r));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_named_in_the_error_summary_and_nothing_is_listed()
    {
        using var factory = new PortalFactory().OnTestClock();
        var (lead, _) = await PeopleAsync(factory);
        await EntriesAsync(factory, Entry(lead.Id, "Booking", Monday));
        var client = factory.CreateClientFor(lead.Id);

        var response = await client.GetAsync("/Audit?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026&Kind=Nonsense");
        var page = await PageHtml.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Choose a kind of record from the list", "The 'from' date must be a real date, like 7 12 2026"],
            page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task The_csv_carries_every_matching_entry_with_formulas_made_harmless()
    {
        using var factory = new PortalFactory().OnTestClock();
        var (lead, other) = await PeopleAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var hostile = await db.People.SingleAsync(p => p.Id == other.Id);
            hostile.GivenName = "=HYPERLINK(\"http://evil.example\")";
            await db.SaveChangesAsync();
        });
        await EntriesAsync(factory, Enumerable.Range(0, 205).Select(i => Entry(lead.Id, "Booking", Monday.AddMinutes(i)))
            .Append(Entry(other.Id, "Practice", Monday)).ToArray());
        var client = factory.CreateClientFor(lead.Id);

        var all = await client.GetStringAsync("/Audit?handler=Csv&Kind=Booking");
        var hostileCsv = await client.GetStringAsync("/Audit?handler=Csv&Kind=Practice");

        Assert.Equal(1 + 205, all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")", hostileCsv);
        Assert.DoesNotContain("\"=HYPERLINK", hostileCsv);
    }

    private static async Task<(Person Lead, Person Other)> PeopleAsync(PortalFactory factory) =>
        (await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead), await factory.Data.PersonAsync());

    private static AuditEntry Entry(int actor, string kind, DateTimeOffset at) =>
        new() { ActorPersonId = actor, EntityKind = kind, EntityId = "1", Kind = AuditKind.Changed, At = at, After = "{}" };

    private static Task EntriesAsync(PortalFactory factory, params AuditEntry[] entries) => factory.WithDbAsync(async db =>
    {
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    });
}
