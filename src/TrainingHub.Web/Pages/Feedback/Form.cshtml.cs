using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.FormComponents;
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
        ReplaceBindingMessages();
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

    private void ReplaceBindingMessages()
    {
        BindingMessages.Replace(ModelState, "Input.OverallRating", "Choose an overall rating from 1 to 5");
        BindingMessages.Replace(ModelState, "Input.BetterUnderstanding", "Say how far you agree that you have a better understanding of the YOC approach and the PCSP conversation");
        BindingMessages.Replace(ModelState, "Input.ConfidenceBefore", "Choose how confident you felt before, from 1 to 5");
        BindingMessages.Replace(ModelState, "Input.ConfidenceAfter", "Choose how confident you feel now, from 1 to 5");
        BindingMessages.Replace(ModelState, "Input.Needs", "Choose training needs from the list");
        BindingMessages.Replace(ModelState, "Input.MayQuote", "Say whether we may quote your comments");
        BindingMessages.Replace(ModelState, "Input.Version", "Reload the page and make your changes again");
    }

    private async Task<bool> LoadAsync(int bookingId)
    {
        if (User.PersonId() is not { } personId || await forms.LoadAsync(bookingId, personId) is not { } form) return false;
        Form = form;
        WhyClosed = form.WhyClosed(clock.GetUtcNow());
        return true;
    }
}
