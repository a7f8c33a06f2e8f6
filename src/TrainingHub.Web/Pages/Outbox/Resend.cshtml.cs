using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>The confirmation page before a lead sends a failed or in-doubt message again: what happens, who gets it.</summary>
public sealed class ResendModel(OutboxSearch search, MessageResend resend) : PortalPageModel
{
    public OutboxRow Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await search.FindAsync(id, ct) is not { } row) return NotFound();
        Message = row;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var outcome = await resend.ResendAsync(id, ct);
        if (outcome == ResendOutcome.NotFound || await search.FindAsync(id, ct) is not { } row) return NotFound();
        Message = row;
        var what = $"{MessageWords.Kind(row.Kind)} to {row.RecipientName}";
        switch (outcome)
        {
            case ResendOutcome.Queued:
                TempData["Saved"] = $"{what} is queued to send again";
                return RedirectToPage("Index");
            case ResendOutcome.AlreadyQueued:
                // A second press of the button: the first one queued it, so say what happened rather than refuse.
                TempData["Saved"] = $"{what} is already queued to send again";
                return RedirectToPage("Index");
            default:
                ModelState.AddModelError("", $"This message cannot be sent again: it is {MessageWords.Status(row.Status).ToLowerInvariant()}");
                return Page();
        }
    }
}
