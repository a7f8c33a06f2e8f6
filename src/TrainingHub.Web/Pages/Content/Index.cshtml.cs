using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Content;

namespace TrainingHub.Web.Pages.Content;

/// <summary>The content library: every Markdown page under content/, by folder, titled by its first heading.</summary>
public class IndexModel : PageModel
{
    public sealed record Entry(string Path, string Title);

    public IReadOnlyList<IGrouping<string, Entry>> Folders { get; private set; } = [];

    public void OnGet()
    {
        var root = ContentLibrary.Root;
        if (!Directory.Exists(root)) return;
        Folders = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(file => new Entry(Path.GetRelativePath(root, file)[..^3].Replace('\\', '/'), TitleOf(file)))
            .Where(e => ContentPageModel.IsForReaders(e.Path))
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(e => e.Path.Contains('/') ? e.Path[..e.Path.IndexOf('/')] : "")
            .OrderBy(g => g.Key).ToList();
    }

    private static string TitleOf(string file) =>
        System.IO.File.ReadLines(file).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim()
        ?? Path.GetFileNameWithoutExtension(file);

    public static string FolderName(string folder) => folder switch
    {
        "" => "General",
        "courses" => "Course descriptions",
        "handbook" => "Programme handbook",
        _ => char.ToUpperInvariant(folder[0]) + folder[1..].Replace('-', ' '),
    };
}
