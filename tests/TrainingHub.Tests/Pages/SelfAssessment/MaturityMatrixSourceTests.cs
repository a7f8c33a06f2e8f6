using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.SelfAssessment;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>The programme office edits the matrix file; the portal follows the edit, and names the line of a mistake.</summary>
public sealed class MaturityMatrixSourceTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("traininghub-matrix-").FullName;
    private static readonly string Shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "framework", "pcsp-maturity-matrix.md"));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>When a file was written, for tests that do not edit it again: any fixed time will do.</summary>
    private static readonly DateTime WrittenAt = new(2026, 3, 4, 10, 15, 0, DateTimeKind.Utc);

    private string Write(string text, DateTime writtenAt)
    {
        var path = Path.Combine(directory, "matrix.md");
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, writtenAt);
        return path;
    }

    [Fact]
    public void An_edited_file_is_read_again_without_a_restart()
    {
        var path = Write(Shipped, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var source = new MaturityMatrixSource(path);
        Assert.StartsWith("There is a clear workforce strategy", source.Current().FindEnabler("trained-teams/a")!.Text);

        Write(Shipped.Replace("- a. There is a clear workforce strategy", "- a. There is an agreed workforce strategy"), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.StartsWith("There is an agreed workforce strategy", source.Current().FindEnabler("trained-teams/a")!.Text);
    }

    [Fact]
    public void A_mistake_is_reported_with_the_file_and_line()
    {
        var broken = Shipped.Replace("- c. There is a person centred approach", "- C) There is a person centred approach");
        var line = broken.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.StartsWith("- C)")) + 1;
        var source = new MaturityMatrixSource(Write(broken, WrittenAt));

        var error = Assert.Throws<MaturityMatrixFileException>(source.Current);

        Assert.StartsWith($"matrix.md, Line {line}: an enabler must look like '- a. text'", error.Message);
    }

    [Fact]
    public async Task Self_assessment_pages_say_which_line_of_the_file_to_fix_when_it_is_broken()
    {
        var path = Write(Shipped.Replace("## Levels", "## Level"), WrittenAt);
        using var factory = new PortalFactory().With("TrainingHub:MaturityMatrixFile", path).OnTestClock();
        var place = await factory.Data.PlaceAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var id = await factory.Data.AssessmentAsync(factory, place, new DateOnly(2025, 10, 1), lead.Id);
        using var client = factory.CreateClientFor(lead.Id);

        var response = await client.GetAsync($"/SelfAssessment/{id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("matrix.md, Line 26: '## Level' is not a section of the format",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
