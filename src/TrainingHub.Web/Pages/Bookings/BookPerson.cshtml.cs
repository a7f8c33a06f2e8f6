using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.People;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>A lead books someone onto an event, found by name, work email or practice, with a note they will see.</summary>
public class BookPersonModel(TrainingHubDbContext db, BookingService bookings) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public PersonInput Input { get; set; } = new();
    public IReadOnlyList<PersonFound> Found { get; private set; } = [];
    [BindProperty] public BookingAnswersInput Answers { get; set; } = new();

    public sealed class PersonInput
    {
        [Required(ErrorMessage = "Search for the person and choose them")]
        public int? PersonId { get; set; }
        [MaxLength(1000, ErrorMessage = "The note must be 1000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        if (Q is { Length: > 200 }) ModelState.AddModelError("q", "Search for 200 characters or fewer");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await bookings.BookAsync(eventId, Input.PersonId!.Value, User.PersonId()!.Value, Input.Note, byLead: true, Answers.ToAnswers());
        if (result.Succeeded)
        {
            var name = await bookings.NameOfAsync(Input.PersonId.Value);
            TempData["Saved"] = result.Booking!.State == Domain.Bookings.BookingState.Booked
                ? $"{name} booked on this event" : $"The event is full: {name} joined the waiting list";
            return RedirectToPage("Attendees", new { eventId });
        }
        ModelState.AddModelError(result.Field is { } field && field != "PersonId" ? $"Answers.{field}" : "Input.PersonId", result.Problem!);
        return Page();
    }

    private async Task<bool> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view) return false;
        Event = view;
        Answers.Asked = await bookings.QuestionsAsync(eventId);
        if (!string.IsNullOrWhiteSpace(Q) && Q.Length <= 200)
            Found = await PeopleSearch.Found(PeopleSearch.Matching(db.People.AsNoTracking(), db.Practices.AsNoTracking(), Q)).ToListAsync();
        return true;
    }
}
