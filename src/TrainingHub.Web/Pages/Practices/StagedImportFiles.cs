using TrainingHub.Web.Hosting;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>
/// Keeps an uploaded file between the dry run and the real import, so the lead imports exactly what they checked.
/// Files are named by a random id, never by anything the browser sends, and are removed after a day.
/// </summary>
public sealed class StagedImportFiles(DataDirectory dataDirectory, TimeProvider clock)
{
    private string Folder => dataDirectory.Combine("imports");

    public async Task<Guid> StageAsync(Stream upload, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        RemoveOldFiles();
        var id = Guid.NewGuid();
        await using var file = File.Create(PathFor(id));
        await upload.CopyToAsync(file, ct);
        return id;
    }

    public StreamReader? Open(Guid id) => File.Exists(PathFor(id)) ? new StreamReader(PathFor(id)) : null;

    public void Remove(Guid id) => File.Delete(PathFor(id));

    private string PathFor(Guid id) => Path.Combine(Folder, id.ToString("N") + ".csv");

    private void RemoveOldFiles()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var file in new DirectoryInfo(Folder).GetFiles("*.csv").Where(f => f.LastWriteTimeUtc < cutoff))
            file.Delete();
    }
}
