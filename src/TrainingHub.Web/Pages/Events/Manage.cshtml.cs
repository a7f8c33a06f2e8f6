using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>A lead's view of one event: publish, complete, cancel (through its confirmation page), duplicate, and its history.</summary>
public class ManageModel(TrainingHubDbContext db, EventActions actions, EventHistory history) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    public IReadOnlyList<EventHistory.Entry> History { get; private set; } = [];

    [BindProperty] public int Sequence { get; set; }
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id) => ActAsync(id, () => actions.PublishAsync(id, Sequence, Who), "Event published: it is open to book when its booking window opens");

    public Task<IActionResult> OnPostCompleteAsync(int id) => ActAsync(id, () => actions.CompleteAsync(id, Sequence, Who), "Event marked as completed");

    public async Task<IActionResult> OnPostDuplicateAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return RedirectToPage("Edit", new { id = await actions.DuplicateAsync(id, Who) });
    }

    private int Who => User.PersonId()!.Value;

    private async Task<IActionResult> ActAsync(int id, Func<Task<string?>> act, string done)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await act() is { } problem)
        {
            ModelState.AddModelError("", problem);
            await LoadAsync(id);
            return Page();
        }
        Saved = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await EventView.LoadAsync(db, id) is not { } view) return false;
        Event = view;
        History = await history.ForEventAsync(id);
        return true;
    }
}
