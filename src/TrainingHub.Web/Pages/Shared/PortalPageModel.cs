using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Shared;

/// <summary>What every form page needs: whether a field has an error, to style its group.</summary>
public abstract class PortalPageModel : PageModel
{
    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
