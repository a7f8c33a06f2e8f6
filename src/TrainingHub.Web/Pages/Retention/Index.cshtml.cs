using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Retention;

/// <summary>For leads: what the next nightly run of the retention schedule will do, rule by rule, as of now.</summary>
public sealed class IndexModel(Retention retention) : PageModel
{
    public IReadOnlyList<RetentionRule> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rules = await retention.PreviewAsync(ct);
}
