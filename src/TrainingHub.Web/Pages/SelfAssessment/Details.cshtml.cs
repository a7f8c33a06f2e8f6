using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.SelfAssessment;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>One self-assessment, read-only: each enabler's level, evidence and planned actions; and its CSV export.</summary>
public class DetailsModel(TrainingHubDbContext db, MaturityMatrixSource matrices) : PageModel
{
    public sealed record ActionRow(string Description, string Owner, DateOnly DueOn);
    public sealed record RatingRow(string EnablerKey, int? Level, string? Evidence, IReadOnlyList<ActionRow> Actions);

    public AssessmentHeading Heading { get; private set; } = null!;
    public MaturityMatrix Matrix { get; private set; } = null!;
    public IReadOnlyDictionary<string, RatingRow> Ratings { get; private set; } = new Dictionary<string, RatingRow>();
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);

    /// <summary>Ratings of enablers the content file no longer lists: kept, and shown, never silently lost.</summary>
    public IEnumerable<RatingRow> Retired => Ratings.Values.Where(r => Matrix.FindEnabler(r.EnablerKey) is null).OrderBy(r => r.EnablerKey);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "Area", "Assessed on", "Status", "Foundation", "Enabler", "Enabler text", "Level", "Level name", "Evidence", "Action", "Owner", "Due on" })
                csv.WriteField(header);
            await csv.NextRecordAsync();
            foreach (var enabler in Matrix.Enablers)
            {
                var rating = Ratings.GetValueOrDefault(enabler.Key);
                // An enabler without actions still gets its row.
                List<ActionRow?> actions = rating is { Actions.Count: > 0 } ? [.. rating.Actions] : [null];
                foreach (var action in actions)
                {
                    WriteRow(csv, enabler, rating, action);
                    await csv.NextRecordAsync();
                }
            }
        }
        var name = $"self-assessment-{Heading.AreaKey.Replace(':', '-')}-{Heading.AssessedOn:yyyy-MM-dd}.csv";
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv", name);
    }

    private void WriteRow(CsvWriter csv, Enabler enabler, RatingRow? rating, ActionRow? action)
    {
        string[] cells =
        [
            Heading.Area, Heading.AssessedOn.ToString("yyyy-MM-dd"), Heading.IsDraft ? "Draft" : "Submitted",
            Matrix.FindFoundation(enabler.FoundationId)!.Title, enabler.Id, enabler.Text,
            rating?.Level?.ToString(CultureInfo.InvariantCulture) ?? "", Matrix.Level(rating?.Level)?.Name ?? "",
            rating?.Evidence ?? "", action?.Description ?? "", action?.Owner ?? "", action?.DueOn.ToString("yyyy-MM-dd") ?? "",
        ];
        foreach (var cell in cells) csv.WriteField(SpreadsheetSafe.Cell(cell));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Matrix = matrices.Current();
        var heading = await AssessmentHeading.LoadAsync(db, await AssessmentReader.ForAsync(User, db), id, ct);
        if (heading is null) return false;
        Heading = heading;
        Ratings = (await db.SelfAssessmentRatings.AsNoTracking().Where(r => r.SelfAssessmentId == id)
            .Select(r => new RatingRow(r.EnablerKey, r.Level, r.Evidence,
                r.Actions.OrderBy(x => x.Position).Select(x => new ActionRow(x.Description, x.Owner, x.DueOn)).ToList()))
            .ToListAsync(ct)).ToDictionary(r => r.EnablerKey);
        return true;
    }
}
