using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>Leads see who still owes feedback while forms are open; events whose forms are anonymous are never listed.</summary>
public class NonRespondersModel(FeedbackChase chase) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? EventId { get; set; }
    public IReadOnlyList<OwedFeedback> Owed { get; private set; } = [];

    public async Task OnGetAsync() => Owed = await chase.OwedAsync(EventId, includeAnonymous: false);
}
