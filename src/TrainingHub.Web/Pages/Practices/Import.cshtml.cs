using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>
/// Import the register from an NHS ODS epraccur file: check it first (a dry run that changes nothing and keeps
/// the file), then import exactly the checked file.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
public class ImportModel(TrainingHubDbContext db, PracticeImporter importer, StagedImportFiles staged) : PortalPageModel
{
    private const int MaxUploadBytes = 20 * 1024 * 1024;

    public sealed record PlaceOption(string Code, string Name);

    [BindProperty] public new IFormFile? File { get; set; }
    [BindProperty] public List<string> Commissioners { get; set; } = [];
    [BindProperty] public string? OtherCommissioners { get; set; }
    [BindProperty] public Guid? StagedFile { get; set; }
    /// <summary>"NEWCODE=PLACECODE" (or "NEWCODE=new") per new commissioner the lead follows; blank to not follow.</summary>
    [BindProperty] public List<string> Follow { get; set; } = [];
    [BindProperty] public bool MarkLeft { get; set; }

    public IReadOnlyList<PlaceOption> Places { get; private set; } = [];
    public PracticeImportReport? Report { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadPlacesAsync();
        Commissioners = Places.Select(p => p.Code).ToList();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        await LoadPlacesAsync();
        if (File is null || File.Length == 0)
            ModelState.AddModelError(nameof(File), "Choose an epraccur file to check");
        if (ChosenCodes().Count == 0)
            ModelState.AddModelError(nameof(Commissioners), "Choose at least one commissioner");
        if (!ModelState.IsValid) return Page();

        await using (var upload = File!.OpenReadStream())
            StagedFile = await staged.StageAsync(upload, ct);
        using var reader = staged.Open(StagedFile.Value)!;
        Report = await importer.ImportAsync(reader, ChosenCodes(), dryRun: true, ct);
        if (Report.Rejection is not null)
        {
            staged.Remove(StagedFile.Value);
            StagedFile = null;
            ModelState.AddModelError(nameof(File), Report.Rejection);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        await LoadPlacesAsync();
        using var reader = StagedFile is { } id ? staged.Open(id) : null;
        if (reader is null)
        {
            ModelState.AddModelError(nameof(File), "The checked file has expired. Choose the file and check it again");
            return Page();
        }
        Report = await importer.ImportAsync(reader, ChosenCodes(), Choices(), dryRun: false, ct);
        reader.Dispose();
        if (Report.Rejection is not null)
        {
            // The file stays staged so the lead can make the missing choices and import it again.
            ModelState.AddModelError(nameof(Follow), Report.Rejection);
            return Page();
        }
        staged.Remove(StagedFile!.Value);
        StagedFile = null;
        await LoadPlacesAsync();
        return Page();
    }

    private DepartureChoices Choices() => new(DepartureChoices.ParseFollow(Follow) ?? [], MarkLeft);

    public List<string> ChosenCodes() =>
        Commissioners.Concat((OtherCommissioners ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Select(c => c.Trim().ToUpperInvariant())
            .Where(c => c.Length is >= 3 and <= 5 && c.All(char.IsAsciiLetterOrDigit))
            .Distinct().ToList();

    private async Task LoadPlacesAsync() =>
        Places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new PlaceOption(p.CommissionerCode, p.Name)).ToListAsync();
}
