using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>Book a place on an event (or join its waiting list when it is full). Who books is the signed-in person.</summary>
public class BookModel(TrainingHubDbContext db, BookingService bookings, TimeProvider clock) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    public int PlacesLeft { get; private set; }
    public int PeopleWaiting { get; private set; }
    /// <summary>What posting the form does, by the one waiting-list rule: a free place is not taken while others wait.</summary>
    public bool JoinsWaitingList => WaitingList.NewcomerGoesTo(PlacesLeft, PeopleWaiting) == BookingState.Waitlisted;
    public string? WhyNot { get; private set; }
    /// <summary>Set when a refused booking is because the person already holds one: a double click or a resubmitted form.</summary>
    public int? ExistingBookingId { get; private set; }
    /// <summary>The answers to the event type's booking questions, saved with the booking.</summary>
    [BindProperty] public BookingAnswersInput Answers { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        if (await ExistingAsync(eventId) is { } existing) return RedirectToPage("Details", new { id = existing });
        Answers.JobRole = await db.People.Where(p => p.Id == User.PersonId()).Select(p => (ProfessionalRole?)p.ProfessionalRole).FirstOrDefaultAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId)
    {
        if (!await LoadAsync(eventId)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await bookings.BookAsync(eventId, User.PersonId()!.Value, User.PersonId()!.Value, answers: Answers.ToAnswers());
        if (result.Succeeded) return RedirectToPage("Details", new { id = result.Booking!.Id });
        ModelState.AddModelError(result.Field is { } field ? $"Answers.{field}" : "", result.Problem!);
        await LoadAsync(eventId);
        ExistingBookingId = await ExistingAsync(eventId);
        return Page();
    }

    private Task<int?> ExistingAsync(int eventId) =>
        db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.PersonId == User.PersonId() && b.State != BookingState.Cancelled)
            .Select(b => (int?)b.Id).FirstOrDefaultAsync();

    private async Task<bool> LoadAsync(int eventId)
    {
        if (await EventView.LoadAsync(db, eventId) is not { } view || view.Status == EventStatus.Draft) return false;
        Event = view;
        if (await EventFacts.LoadAsync(db, eventId) is not { } facts) return false;
        PlacesLeft = Math.Max(0, facts.Capacity - await EventFacts.PlacesHeldAsync(db, eventId));
        PeopleWaiting = await db.Bookings.CountAsync(b => b.ProgrammeEventId == eventId && b.State == BookingState.Waitlisted);
        WhyNot = BookingWindow.WhyNot(facts.Window.At(clock.GetUtcNow()));
        Answers.Asked = await bookings.QuestionsAsync(eventId);
        return true;
    }
}
