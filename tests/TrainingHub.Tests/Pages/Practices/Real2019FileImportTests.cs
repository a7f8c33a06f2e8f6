using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Tests.Pages.Practices;

/// <summary>The 2019 edition of the NHS file the project carries, imported for the four Thames Valley commissioners.</summary>
public sealed class Real2019FileImportTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_2019_file_gives_211_active_gp_practices_for_10Q_14Y_15A_and_15D()
    {
        await using var stream = typeof(Program).Assembly.GetManifestResourceStream("TrainingHub.Web.Demo.National.epraccur.csv.gz")!;
        using var file = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        PracticeImportReport report;
        using (var scope = factory.Services.CreateScope())
            report = await scope.ServiceProvider.GetRequiredService<PracticeImporter>().ImportAsync(file, ["10Q", "14Y", "15A", "15D"], dryRun: false);

        Assert.Null(report.Rejection);
        Assert.Same(OdsFileFormat.StatusLetters, report.Format);
        Assert.Equal(14357, report.RowsRead);
        // 211 active and 9 dormant are created; the 16 closed ones the register never held are not.
        Assert.Equal(220, report.Count(ImportAction.Create));
        var active = await factory.WithDbAsync(db => db.Practices.Where(p => p.Status == PracticeStatus.Active)
            .GroupBy(p => p.CommissionerCode).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count()).ToListAsync());
        Assert.Equal(["10Q 68", "14Y 50", "15A 46", "15D 47"], active);
        var day = factory.Today();
        Assert.Equal(211, await factory.WithDbAsync(db => db.CoverageSnapshots.Where(s => s.TakenOn == day).SumAsync(s => s.ActivePractices)));
    }
}
