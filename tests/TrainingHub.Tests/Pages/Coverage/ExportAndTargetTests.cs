using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Coverage;

namespace TrainingHub.Tests.Pages.Coverage;

public sealed class ExportAndTargetTests(CoverageWorld world) : IClassFixture<CoverageWorld>
{
    private PortalFactory Factory => world.Factory;

    private static WorksheetPart Part(WorkbookPart workbook, string sheetName) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName).Id!.Value!);

    private static List<List<string>> Cells(WorkbookPart workbook, string sheetName) =>
        Part(workbook, sheetName).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>()
            .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList()).ToList();

    [Fact]
    public async Task The_excel_export_opens_with_the_page_figures_as_numbers_and_every_text_as_an_inline_string_never_a_formula()
    {
        var response = await Factory.CreateClientFor(world.Lead.Id).GetAsync("/Coverage?handler=Xlsx");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        Assert.Equal(["Coverage", "Not yet trained", "Trend"], workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!));
        Assert.Empty(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var reading = Cells(workbook, "Coverage").Single(r => r[0] == "Reading");
        Assert.Equal(["Reading", "Place", "Test ICS", "4", "3", "2", "50"], reading.Take(7));
        Assert.Equal("2", reading[8]);

        var notTrained = Cells(workbook, "Not yet trained");
        Assert.Contains(notTrained, r => r[1] == CoverageWorld.FormulaName);
        var formulaCell = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Single(c => c.InnerText == CoverageWorld.FormulaName);
        Assert.Equal(CellValues.InlineString, formulaCell.DataType!.Value);
        var number = Part(workbook, "Coverage").Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(3);
        Assert.Equal(CellValues.Number, number.DataType!.Value);
    }

    [Fact]
    public async Task The_csv_export_has_the_figures_and_text_that_looks_like_a_formula_cannot_run()
    {
        var client = Factory.CreateClientFor(world.Lead.Id);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/Coverage?handler=Csv"));
        Assert.Contains("Reading,Place,Test ICS,4,3,2,50,", csv);

        var delivery = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/Delivery?handler=Csv"));
        Assert.Contains("Year,Place,Event type,Events delivered,Attendees,Distinct clinicians,Distinct practices", delivery);

        var xlsx = await client.GetByteArrayAsync("/Coverage?handler=Xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.DoesNotContain(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()), c => c.CellFormula is not null);
        var exported = Encoding.UTF8.GetString(TrainingHub.Web.Pages.Coverage.SpreadsheetExport.Csv(new("t", ["Practice"], [[CoverageWorld.FormulaName], [-3]])));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", exported);
        Assert.Contains("\n-3", exported.Replace("\r", ""));
    }

    [Fact]
    public async Task A_lead_changes_the_target_and_bad_input_is_explained_kept_and_changes_nothing()
    {
        var client = Factory.CreateClientFor(world.Lead.Id);
        Assert.Equal(95, await TargetAsync());

        var bad = await client.PostFormAsync("/Coverage", new Dictionary<string, string> { ["Input.Percent"] = "ninety" }, "/Coverage?handler=Target");
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("href=\"#Input_Percent\"", html);
        Assert.Contains("value=\"ninety\"", html);
        var tooHigh = await client.PostFormAsync("/Coverage", new Dictionary<string, string> { ["Input.Percent"] = "150" }, "/Coverage?handler=Target");
        Assert.Contains("whole number from 1 to 100", await tooHigh.Content.ReadAsStringAsync());
        Assert.Equal(95, await TargetAsync());

        var good = await client.PostFormAsync("/Coverage", new Dictionary<string, string> { ["Input.Percent"] = "50" }, "/Coverage?handler=Target");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(50, await TargetAsync());
        Assert.Equal(world.Lead.Id, await Factory.WithDbAsync(db => db.CoverageTargets.Select(t => t.UpdatedById).SingleAsync()));
        var page = await client.GetStringAsync("/Coverage");
        Assert.Contains("Target set to 50%.", page);
        Assert.Contains("data-figure=\"target\">50%", page);
        await client.PostFormAsync("/Coverage", new Dictionary<string, string> { ["Input.Percent"] = "95" }, "/Coverage?handler=Target");
    }

    private Task<int> TargetAsync() => Factory.WithDbAsync(db => db.CoverageTargets.Where(t => t.Id == CoverageTarget.TheOne).Select(t => t.Percent).SingleAsync());
}
