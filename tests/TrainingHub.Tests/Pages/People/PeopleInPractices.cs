using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Tests.Pages.People;

/// <summary>Forms and pages about where people work, read as a person reads them.</summary>
public static class PeopleInPractices
{
    public static Dictionary<string, string> InviteFields(string given, string family, string email, string practice, ProfessionalRole role) => new()
    {
        ["Input.GivenName"] = given, ["Input.FamilyName"] = family, ["Input.Email"] = email, ["Input.Organisation"] = "",
        ["Workplace.Practice"] = practice, ["Workplace.Role"] = role.ToString(),
    };

    public static Dictionary<string, string> WorkplaceFields(string practice, ProfessionalRole role) => new()
    {
        ["Workplace.Practice"] = practice, ["Workplace.Role"] = role.ToString(),
    };

    /// <summary>The practices a form offers after a search: radio value → label text.</summary>
    public static Dictionary<string, string> PracticesOffered(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("input[name='Workplace.Practice']")
            .ToDictionary(i => i.GetAttribute("value")!, i => document.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim());
    }

    public static List<string> ErrorSummary(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The history table: one list of cells (when, from, to, how, by) per change, newest first.</summary>
    public static List<string[]> History(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".th-practice-history tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    public static string Text(string html, string selector) =>
        new HtmlParser().ParseDocument(html).QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static List<string> Column(string html, string tableSelector) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll($"{tableSelector} tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>Trained practices in a place, as the coverage page shows them.</summary>
    public static int TrainedIn(string coveragePage, int placeId)
    {
        var row = new HtmlParser().ParseDocument(coveragePage).QuerySelector($"tr[data-area='place-{placeId}']");
        Assert.NotNull(row);
        return int.Parse(row.QuerySelector("[data-figure='trained']")!.TextContent.Trim());
    }

    public static List<string> NotTrainedOdsCodes(string coveragePage) =>
        new HtmlParser().ParseDocument(coveragePage).QuerySelectorAll("#not-trained-practices tbody tr td:first-of-type")
            .Select(td => td.TextContent.Trim()).ToList();

    /// <summary>Moves an event's sessions into the past, as if the days had come and gone.</summary>
    public static Task HeldAsync(this PortalFactory factory, int eventId, int daysAgo = 1) => factory.WithDbAsync(async db =>
    {
        var e = await db.ProgrammeEvents.Include(x => x.Sessions).SingleAsync(x => x.Id == eventId);
        var start = factory.Now().AddDays(-daysAgo);
        foreach (var (session, i) in e.Sessions.OrderBy(s => s.StartsAt).Select((s, i) => (s, i)))
            (session.StartsAt, session.EndsAt) = (start.AddDays(i), start.AddDays(i).AddHours(6));
        e.RecalculateDates();
        await db.SaveChangesAsync();
    });

    /// <summary>A lead marks the person present at every session of the event through the register.</summary>
    public static async Task MarkPresentAsync(this PortalFactory factory, HttpClient lead, int eventId, int bookingId)
    {
        var sessions = await factory.WithDbAsync(db => db.EventSessions.Where(s => s.ProgrammeEventId == eventId).Select(s => s.Id).ToListAsync());
        foreach (var session in sessions)
        {
            var response = await lead.PostFormAsync($"/Register/Session/{session}",
                [new("bookingId", bookingId.ToString()), new("present", "true")], $"/Register/Session/{session}?handler=Mark");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    public const string StaffListHeader = "Given name,Family name,Work email,Practice ODS code,Job role";

    /// <summary>Uploads a staff list to be checked, as the browser does; the page with its plan.</summary>
    public static async Task<string> CheckStaffListAsync(this HttpClient lead, string file)
    {
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync("/People/StaffList"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(file)), "File", "staff.csv" },
        };
        var response = await lead.PostAsync("/People/StaffList?handler=Check", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<string> ApplyStaffListAsync(this HttpClient lead, string staged)
    {
        var response = await lead.PostFormAsync("/People/StaffList", [new("StagedFile", staged)], "/People/StaffList?handler=Apply");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The checked file the page keeps for applying, or null when it offers nothing to apply.</summary>
    public static string? StagedStaffList(string page) =>
        new HtmlParser().ParseDocument(page).QuerySelector("input[name='StagedFile']")?.GetAttribute("value");

    /// <summary>The plan as the page shows it: line number → (outcome, reason).</summary>
    public static Dictionary<int, (string Outcome, string Reason)> StaffListPlan(string page) =>
        new HtmlParser().ParseDocument(page).QuerySelectorAll(".th-staff-plan tbody tr").ToDictionary(
            tr => int.Parse(tr.GetAttribute("data-line")!),
            tr => (tr.Children[5].TextContent.Trim(), tr.Children[6].TextContent.Trim()));
}
