using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// The confirmation page before a booking ends: an attendee cancelling their place, leaving the waiting list or
/// declining an offer (reason optional), or a lead cancelling someone else's booking or removing them from the
/// waiting list (reason needed). It says what will happen and who is told; only its POST changes anything.
/// </summary>
public class CancelModel(TrainingHubDbContext db, BookingViews views, BookingService bookings, LeadBookingTools tools) : PortalPageModel
{
    public BookingViews.One Booking { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";
    public bool IsOwn { get; private set; }
    public int PeopleWaiting { get; private set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>What the action is called, on its heading, its button and its banner.</summary>
    public string Action => (IsOwn, Booking.State) switch
    {
        (true, BookingState.Waitlisted) => "Leave the waiting list",
        (true, BookingState.Offered) => "Decline the offer of a place",
        (true, _) => "Cancel your place",
        (false, BookingState.Waitlisted) => $"Remove {Booking.PersonName} from the waiting list",
        _ => $"Cancel {Booking.PersonName ?? "this reserved place"}'s booking",
    };

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var action = Action;
        var me = User.PersonId()!.Value;
        var result = IsOwn ? await bookings.CancelAsync(id, me, Reason)
            : Booking.State == BookingState.Waitlisted ? await tools.RemoveFromWaitingListAsync(id, me, Reason)
            : await tools.CancelAsync(id, me, Reason);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Reason", result.Problem!);
            return Page();
        }
        TempData["Saved"] = Done(action);
        return IsOwn ? RedirectToPage("Details", new { id }) : RedirectToPage("Attendees", new { eventId = Booking.EventId });
    }

    private string Done(string action) => (IsOwn, Booking.State) switch
    {
        (true, BookingState.Waitlisted) => "You have left the waiting list",
        (true, BookingState.Offered) => "You have declined the offer of a place",
        (true, _) => "Your place is cancelled",
        (false, BookingState.Waitlisted) => $"{Booking.PersonName} removed from the waiting list",
        _ => $"{Booking.PersonName ?? "The reserved place"}'s booking cancelled",
    };

    private async Task<bool> LoadAsync(int id)
    {
        if (await views.OneAsync(id) is not { } booking) return false;
        IsOwn = booking.PersonId == User.PersonId();
        // A booking that is not theirs does not exist for an attendee; a lead cancels any.
        if (!IsOwn && !User.IsInRole(PortalRoles.ProgrammeLead)) return false;
        Booking = booking;
        EventTitle = await db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == booking.EventId).Select(e => e.Title).FirstAsync();
        PeopleWaiting = await db.Bookings.CountAsync(b => b.ProgrammeEventId == booking.EventId && b.State == BookingState.Waitlisted);
        return true;
    }
}
