using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Coverage;

public sealed class IndexModel(CoverageReports reports) : PortalPageModel
{
    public CoverageReport Report { get; private set; } = null!;
    public TablePage<CoverageArea> AreaPage => TablePage<CoverageArea>.Of(Report.Areas, Request, "areas", "coverage by area", size: 100);
    public TablePage<PracticeNotTrained> NotTrainedPage => TablePage<PracticeNotTrained>.Of(Report.NotTrained, Request, "practices", "practices not yet trained");

    /// <summary>Past this many places a line each is more than a chart or a screen can carry; the download has them all.</summary>
    public const int MostTrendPlaces = 12;

    public IReadOnlyList<string> TrendPlaces => Report.Places.Count <= MostTrendPlaces ? Report.Places : [];

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    /// <summary>An ICB code practices carry, to count only the practices the NHS file lists under it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Icb { get; set; }

    public async Task OnGetAsync()
    {
        Report = await BuildAsync();
        Input.Percent = Report.TargetPercent.ToString();
    }

    /// <summary>The report for the chosen ICB; an ICB no practice carries is explained and the whole programme shown.</summary>
    private async Task<CoverageReport> BuildAsync()
    {
        var icb = string.IsNullOrWhiteSpace(Icb) ? null : Icb.Trim().ToUpperInvariant();
        if (icb is null) return await reports.BuildAsync(HttpContext.RequestAborted);
        if ((await reports.IcbCodesAsync(HttpContext.RequestAborted)).Contains(icb)) return await reports.BuildAsync(icb, HttpContext.RequestAborted);
        ModelState.AddModelError(nameof(Icb), "Choose an ICB from the list: no practice in the register is under that code");
        Icb = null;
        return await reports.BuildAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostTargetAsync()
    {
        if (ModelState.IsValid && Input.Value is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Percent)}", "Enter the target as a whole number from 1 to 100, like 95");
        if (!ModelState.IsValid)
        {
            Report = await BuildAsync();
            return Page();
        }
        if (User.PersonId() is not { } me) return Forbid();
        await reports.SetTargetAsync(Input.Value!.Value, me, HttpContext.RequestAborted);
        Saved = $"Target set to {Input.Value}%.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCsvAsync() =>
        File(SpreadsheetExport.Csv(CoverageExports.Areas(Report = await BuildAsync())),
            SpreadsheetExport.CsvType, $"coverage-{FileSuffix}.csv");

    public async Task<IActionResult> OnGetXlsxAsync() =>
        File(SpreadsheetExport.Xlsx(CoverageExports.All(Report = await BuildAsync())),
            SpreadsheetExport.XlsxType, $"coverage-{FileSuffix}.xlsx");

    private string FileSuffix => Report.Icb is { } icb ? $"{icb}-{Report.On:yyyy-MM-dd}" : $"{Report.On:yyyy-MM-dd}";
}
