using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>A lead books someone onto an event, found by their work email, with a note they will see.</summary>
public class BookPersonModel(TrainingHubDbContext db, BookingService bookings) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    [BindProperty] public PersonInput Input { get; set; } = new();

    public sealed class PersonInput
    {
        [Required(ErrorMessage = "Enter the person's work email address"), MaxLength(256)]
        public string? Email { get; set; }
        [MaxLength(1000, ErrorMessage = "The note must be 1000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int eventId) => await LoadAsync(eventId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var email = Input.Email!.Trim().ToLowerInvariant();
        var personId = await db.People.Where(p => p.WorkEmail == email).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        var result = personId is { } id
            ? await bookings.BookAsync(eventId, id, User.PersonId()!.Value, Input.Note, byLead: true)
            : BookingResult.Refused("No one in the portal has that email address", "Email");
        if (result.Succeeded) return RedirectToPage("Attendees", new { eventId });
        ModelState.AddModelError($"Input.{result.Field ?? "Email"}", result.Problem!);
        return Page();
    }

    private async Task<bool> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view) return false;
        Event = view;
        return true;
    }
}
