using System.Text.Json;
using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>axe-core (from the npm test tools in tests/node) run inside the page; serious and critical violations only.</summary>
public static class Axe
{
    public sealed record Violation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets);

    private static readonly Lazy<string> Script = new(() => File.ReadAllText(NodeTools.File("axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<Violation>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))");
        return json.EnumerateArray().Select(v => new Violation(
            v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }
}

/// <summary>Finds the npm test tools installed by tests/run-all.sh in tests/node/node_modules.</summary>
public static class NodeTools
{
    public static string File(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "tests", "node", "node_modules", .. parts]);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{string.Join('/', parts)} is not installed: run tests/run-all.sh, which installs the npm test tools.");
    }
}
