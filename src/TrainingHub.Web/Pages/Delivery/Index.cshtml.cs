using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Delivery;

public sealed class IndexModel(DeliveryReports reports) : PageModel
{
    public DeliveryReport Report { get; private set; } = null!;
    public TablePage<DeliveryRow> PlaceAndYearPage { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Report = await reports.BuildAsync(HttpContext.RequestAborted);
        PlaceAndYearPage = TablePage<DeliveryRow>.Of(Report.ByPlaceAndYear, Request, "rows", "delivery by place and year");
    }

    public async Task<IActionResult> OnGetCsvAsync() =>
        File(SpreadsheetExport.Csv(DeliveryExports.ByPlaceAndYear(Report = await reports.BuildAsync(HttpContext.RequestAborted))),
            SpreadsheetExport.CsvType, $"delivery-{Report.On:yyyy-MM-dd}.csv");

    public async Task<IActionResult> OnGetXlsxAsync() =>
        File(SpreadsheetExport.Xlsx(DeliveryExports.All(Report = await reports.BuildAsync(HttpContext.RequestAborted))),
            SpreadsheetExport.XlsxType, $"delivery-{Report.On:yyyy-MM-dd}.xlsx");
}
