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

    public async Task OnGetAsync()
    {
        Report = await reports.BuildAsync(HttpContext.RequestAborted);
        Input.Percent = Report.TargetPercent.ToString();
    }

    public async Task<IActionResult> OnPostTargetAsync()
    {
        if (ModelState.IsValid && Input.Value is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Percent)}", "Enter the target as a whole number from 1 to 100, like 95");
        if (!ModelState.IsValid)
        {
            Report = await reports.BuildAsync(HttpContext.RequestAborted);
            return Page();
        }
        if (User.PersonId() is not { } me) return Forbid();
        await reports.SetTargetAsync(Input.Value!.Value, me, HttpContext.RequestAborted);
        Saved = $"Target set to {Input.Value}%.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCsvAsync() =>
        File(SpreadsheetExport.Csv(CoverageExports.Areas(Report = await reports.BuildAsync(HttpContext.RequestAborted))),
            SpreadsheetExport.CsvType, $"coverage-{Report.On:yyyy-MM-dd}.csv");

    public async Task<IActionResult> OnGetXlsxAsync() =>
        File(SpreadsheetExport.Xlsx(CoverageExports.All(Report = await reports.BuildAsync(HttpContext.RequestAborted))),
            SpreadsheetExport.XlsxType, $"coverage-{Report.On:yyyy-MM-dd}.xlsx");
}
