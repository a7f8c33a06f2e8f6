using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>
/// Names as NHS staff really have them (apostrophes, accents, hyphens, non-Latin scripts) and one that looks like
/// markup, shown exactly as typed on the attendee list and in its CSV: the page encodes them and nothing else.
/// </summary>
public sealed class AwkwardNamesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    private static readonly (string Given, string Family)[] Names =
    [
        ("Siân", "O'Brien-Nkemelu"), ("Zoë", "Łukasiewicz"), ("美玲", "陈"), ("Aoife", "Ní Bhriain"), ("<b>Bold</b>", "& Co"),
    ];

    [Fact]
    public async Task Names_with_apostrophes_accents_other_scripts_and_markup_are_shown_exactly_as_typed()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await factory.BookableEventAsync();
        foreach (var (given, family) in Names)
        {
            var person = await factory.Data.PersonAsync(practice.Id);
            await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, given).SetProperty(p => p.FamilyName, family)));
            await factory.CreateClientFor(person.Id).BookAsync(e.Id);
        }
        var client = factory.CreateClientFor(lead.Id);

        var html = await client.GetPageAsync($"/Bookings/Attendees/{e.Id}");
        var csv = await client.GetPageAsync($"/Bookings/Attendees/{e.Id}?handler=Csv");

        var page = new HtmlParser().ParseDocument(html);
        var shown = page.QuerySelectorAll("main table tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(Names.Length, shown.Count);
        foreach (var (given, family) in Names)
        {
            Assert.Single(shown, row => row.Contains($"{given} {family}"));
            Assert.Contains($"{given} {family}", csv);
        }
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Contains("O&#x27;Brien-Nkemelu", html);
    }
}
