using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// One booking as its attendee sees it: the confirmation with sessions and joining details, and what they can do
/// next (accept an offer; cancel, leave the waiting list or decline an offer through the confirmation page). Nobody else's booking exists here, except to leads.
/// </summary>
public class DetailsModel(TrainingHubDbContext db, BookingViews views, BookingService bookings) : PortalPageModel
{
    public BookingViews.One Booking { get; private set; } = null!;
    public EventView Event { get; private set; } = null!;
    public bool IsOwn { get; private set; }
    [TempData] public string? Saved { get; set; }
    /// <summary>The attendee's answers to the event type's booking questions, which they may change while the booking stands.</summary>
    [BindProperty] public BookingAnswersInput Answers { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = BookingAnswersInput.From(Booking.Answers, Answers.Asked);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(int id) => ActAsync(id, () => bookings.AcceptOfferAsync(id, Me), "The place is yours: you are booked");

    public async Task<IActionResult> OnPostAnswersAsync(int id)
    {
        if (ModelState.IsValid) return await ActAsync(id, () => bookings.AnswerAsync(id, Me, Answers.ToAnswers()), "Your answers are saved");
        return await LoadAsync(id) && IsOwn ? Page() : NotFound();
    }

    private int Me => User.PersonId()!.Value;

    private async Task<IActionResult> ActAsync(int id, Func<Task<BookingResult>> act, string done)
    {
        if (!await LoadAsync(id) || !IsOwn) return NotFound();
        var result = await act();
        if (result.Succeeded)
        {
            Saved = done;
            return RedirectToPage(new { id });
        }
        ModelState.AddModelError(result.Field is { } field ? $"Answers.{field}" : "", result.Problem!);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await views.OneAsync(id) is not { } booking) return false;
        IsOwn = booking.PersonId == User.PersonId();
        if (!IsOwn && !User.IsInRole(PortalRoles.ProgrammeLead)) return false;
        Booking = booking;
        Event = (await EventView.LoadAsync(db, booking.EventId))!;
        Answers.Asked = await bookings.QuestionsAsync(booking.EventId);
        return true;
    }
}
