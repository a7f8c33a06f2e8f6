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

    /// <exception cref="MaturityMatrixFileException">The file is missing or breaks the format.</exception>
    public MaturityMatrix Current()
    {
        var writtenAt = File.Exists(path) ? File.GetLastWriteTimeUtc(path)
            : throw new MaturityMatrixFileException($"content/{RelativePath} is missing.");
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
                throw new MaturityMatrixFileException($"content/{RelativePath}, {ex.Message}");
            }
        }
    }
}

public sealed class MaturityMatrixFileException(string message) : Exception(message);
