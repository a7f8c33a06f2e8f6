using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>A lead overrides an event's capacity with a reason kept in its history; extra places go to the waiting list.</summary>
public class CapacityModel(TrainingHubDbContext db, LeadBookingTools tools) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    [BindProperty] public CapacityInput Input { get; set; } = new();

    public sealed class CapacityInput
    {
        public int Capacity { get; set; }
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        Input.Capacity = Event.Capacity;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        var result = ModelState.IsValid
            ? await tools.OverrideCapacityAsync(eventId, Input.Capacity, User.PersonId()!.Value, Input.Reason)
            : BookingResult.Refused("Enter the capacity as a whole number", "Capacity");
        if (result.Succeeded) return RedirectToPage("Attendees", new { eventId });
        ModelState.AddModelError($"Input.{result.Field}", result.Problem!);
        return Page();
    }

    private async Task<bool> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view) return false;
        Event = view;
        return true;
    }
}
