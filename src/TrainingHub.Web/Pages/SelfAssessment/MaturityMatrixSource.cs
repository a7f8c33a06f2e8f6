using TrainingHub.Web.Content;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>
/// The maturity matrix from content/framework/pcsp-maturity-matrix.md, read again whenever the programme
/// office changes the file, so an edit shows without a restart.
/// </summary>
public sealed class MaturityMatrixSource(string path)
{
    public const string RelativePath = "framework/pcsp-maturity-matrix.md";
    private readonly Lock gate = new();
    private (DateTime WrittenAt, MaturityMatrix Matrix)? cached;

    public MaturityMatrixSource() : this(Path.Combine(ContentLibrary.Root, RelativePath)) { }

    /// <summary>TrainingHub:MaturityMatrixFile, when set, points at a copy the programme keeps outside the app.</summary>
    public static MaturityMatrixSource From(IConfiguration configuration) =>
        configuration["TrainingHub:MaturityMatrixFile"] is { Length: > 0 } path ? new(path) : new();

    /// <exception cref="MaturityMatrixFileException">The file is missing or breaks the format.</exception>
    public MaturityMatrix Current()
    {
        var writtenAt = File.Exists(path) ? File.GetLastWriteTimeUtc(path)
            : throw new MaturityMatrixFileException($"{Path.GetFileName(path)} is missing.");
        lock (gate)
        {
            if (cached is { } c && c.WrittenAt == writtenAt) return c.Matrix;
            try
            {
                var matrix = MaturityMatrixFile.Parse(File.ReadAllText(path));
                cached = (writtenAt, matrix);
                return matrix;
            }
            catch (MaturityMatrixFormatException ex)
            {
                throw new MaturityMatrixFileException($"{Path.GetFileName(path)}, {ex.Message}");
            }
        }
    }
}

public sealed class MaturityMatrixFileException(string message) : Exception(message);

/// <summary>
/// A mistake in the maturity matrix file stops every self-assessment page; this says which line to fix
/// (the file is the programme's own, not a secret) instead of a bare error page.
/// </summary>
public sealed class MaturityMatrixProblemFilter(ILogger<MaturityMatrixProblemFilter> logger) : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not MaturityMatrixFileException problem) return;
        logger.LogError("The maturity matrix content file cannot be read: {Problem}", problem.Message);
        executed.ExceptionHandled = true;
        var message = System.Net.WebUtility.HtmlEncode(problem.Message);
        executed.Result = new Microsoft.AspNetCore.Mvc.ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/html; charset=utf-8",
            Content = $"""
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8" /><title>Self-assessment unavailable – TrainingHub</title>
                <link rel="stylesheet" href="/lib/nhsuk-frontend/nhsuk.min.css" /></head>
                <body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">
                <h1>Self-assessment is unavailable</h1>
                <p>The maturity matrix content file has a mistake, so self-assessments cannot be shown until it is corrected:</p>
                <p><strong>{message}</strong></p><p><a href="/">Go to the home page</a></p>
                </main></div></body></html>
                """,
        };
    }
}
