using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>A lead's list of an event's attendees with practice and role, its waiting list (reorder; remove through the confirmation page) and the CSV export.</summary>
public class AttendeesModel(TrainingHubDbContext db, BookingViews views, LeadBookingTools tools) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    public IReadOnlyList<BookingViews.Attendee> Attendees { get; private set; } = [];
    [BindProperty] public WaitingListInput Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }

    public sealed class WaitingListInput
    {
        public int BookingId { get; set; }
        public int Position { get; set; } = 1;
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int eventId) => await LoadAsync(eventId) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BookingViews.Csv(Attendees))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"attendees-event-{eventId}.csv");
    }

    public Task<IActionResult> OnPostReorderAsync(int eventId) =>
        ActAsync(eventId, () => tools.ReorderAsync(Input.BookingId, Input.Position, User.PersonId()!.Value, Input.Reason));

    private async Task<IActionResult> ActAsync(int eventId, Func<Task<BookingResult>> act)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        // A booking id edited to one on another event is refused, not acted on.
        var result = await db.Bookings.AnyAsync(b => b.Id == Input.BookingId && b.ProgrammeEventId == eventId)
            ? await act()
            : BookingResult.Refused("Choose someone on this event's waiting list", "BookingId");
        if (result.Succeeded)
        {
            Saved = "Waiting list reordered";
            return RedirectToPage(new { eventId });
        }
        ModelState.AddModelError($"Input.{result.Field ?? "Reason"}", result.Problem!);
        await LoadAsync(eventId);
        return Page();
    }

    private async Task<bool> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view) return false;
        Event = view;
        Attendees = await views.AttendeesAsync(eventId);
        return true;
    }
}
