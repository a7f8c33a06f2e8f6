using System.Text;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Audit;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Audit;

/// <summary>The audit log for leads: filter by who, kind of record and UK dates; download what the filter finds as CSV.</summary>
public sealed class IndexModel(AuditSearch search) : PortalPageModel
{
    [BindProperty(SupportsGet = true)] public string? Who { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();

    public IReadOnlyList<string> Kinds => AuditedRecords.Kinds;
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Read() is { } filter) Rows = await search.FindAsync(filter, AuditSearch.PageRows, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Read() is not { } filter) return Page();
        var rows = await search.FindAsync(filter, null, ct);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AuditSearch.Csv(rows))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "audit-log.csv");
    }

    /// <summary>The filter, or null with the problems in ModelState (in the order of the fields).</summary>
    private AuditFilter? Read()
    {
        if (!string.IsNullOrEmpty(Kind) && !Kinds.Contains(Kind)) ModelState.AddModelError(nameof(Kind), "Choose a kind of record from the list");
        var from = Date(From, nameof(From), "from");
        var to = Date(To, nameof(To), "to");
        if (from is { } f && to is { } t && t < f) ModelState.AddModelError(nameof(To), "The 'to' date must be the same as or after the 'from' date");
        if (ModelState.ErrorCount > 0) return null;
        return new AuditFilter(Who, string.IsNullOrEmpty(Kind) ? null : Kind,
            from is { } start ? Domain.Events.LondonTime.ToInstant(start, TimeOnly.MinValue).Instant : null,
            to is { } end ? Domain.Events.LondonTime.ToInstant(end.AddDays(1), TimeOnly.MinValue).Instant : null);
    }

    private DateOnly? Date(DateParts parts, string key, string name)
    {
        if (parts.IsBlank) return null;
        if (parts.ToDate() is { } date) return date;
        ModelState.AddModelError(key, $"The '{name}' date must be a real date, like 7 12 2026");
        return null;
    }
}
