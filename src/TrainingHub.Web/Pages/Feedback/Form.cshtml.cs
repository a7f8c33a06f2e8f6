using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>An attendee's feedback on an event they completed: given once, changed until it closes.</summary>
public class FormModel(FeedbackForms forms, TimeProvider clock) : PortalPageModel
{
    [BindProperty] public FeedbackInput Input { get; set; } = new();
    public FeedbackForm Form { get; private set; } = null!;
    public string? WhyClosed { get; private set; }
    public bool JustSaved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int bookingId, bool saved = false)
    {
        if (!await LoadAsync(bookingId)) return NotFound();
        if (Form.Response is { } r) Input = FeedbackInput.From(r);
        JustSaved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int bookingId)
    {
        if (!await LoadAsync(bookingId)) return NotFound();
        if (WhyClosed is not null) return Page();
        foreach (var (key, message) in Input.Problems(Form.Questions)) ModelState.AddModelError(key, message);
        if (!ModelState.IsValid) return Page();
        switch (await forms.SaveAsync(Form, Input))
        {
            case FeedbackSaved.Saved:
                return RedirectToPage("Form", new { bookingId, saved = true });
            case FeedbackSaved.Closed:
                WhyClosed = "Feedback for this event has closed";
                return Page();
            default:
                ModelState.AddModelError("", "Your feedback was changed in another window. Reload the page to see it, then make your changes again");
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int bookingId)
    {
        if (User.PersonId() is not { } personId || await forms.LoadAsync(bookingId, personId) is not { } form) return false;
        Form = form;
        WhyClosed = form.WhyClosed(clock.GetUtcNow());
        return true;
    }
}
