using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Bookings;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>Who is booked on (or waiting for) an event with their answers to the booking questions, for its own trainers and for leads; anyone else finds nothing.</summary>
public class AttendeesModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Attendee(string Name, string? Practice, ProfessionalRole? Role, BookingState State, int? WaitingPosition, BookingAnswers Answers);

    public string Title { get; private set; } = "";
    public IReadOnlyList<Attendee> Booked { get; private set; } = [];
    public IReadOnlyList<Attendee> Waiting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The same list as CSV for the trainer to take to the venue, every cell made spreadsheet-safe.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var csv = new StringBuilder();
        BookingViews.Line(csv, "Name", "Practice", "Job role", "Booking", "Waiting position", "Access needs", "Dietary needs", "Job role confirmed");
        foreach (var a in Booked.Concat(Waiting))
            BookingViews.Line(csv, a.Name, a.Practice, a.Role is { } r ? DisplayNames.Of(r) : null, BookingLifecycle.Display(a.State),
                a.WaitingPosition?.ToString(), a.Answers.AccessNeeds, a.Answers.DietaryNeeds,
                a.Answers.JobRole is { } confirmed ? DisplayNames.Of(confirmed) : null);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"attendees-event-{id}.csv");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var me = User.PersonId()!.Value;
        var lead = User.IsInRole(PortalRoles.ProgrammeLead);
        var title = await db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Id == id && (lead || e.Trainers.Any(t => t.PersonId == me))).Select(e => e.Title).FirstOrDefaultAsync();
        if (title is null) return false;
        Title = title;
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == id && b.State != BookingState.Cancelled && b.State != BookingState.Requested)
            .Select(b => new Attendee(b.Person == null ? "Name withheld" : b.Person.GivenName + " " + b.Person.FamilyName,
                b.Practice == null ? null : b.Practice.Name, b.ProfessionalRole, b.State, b.WaitingPosition,
                new BookingAnswers(b.AccessNeeds, b.DietaryNeeds, b.ConfirmedJobRole)))
            .ToListAsync();
        rows = rows.Select(r => r.Practice is null ? r : r with { Practice = PracticeNames.Display(r.Practice) }).ToList();
        Booked = rows.Where(r => BookingLifecycle.HoldsPlace(r.State)).OrderBy(r => r.Name).ToList();
        Waiting = rows.Where(r => r.State == BookingState.Waitlisted).OrderBy(r => r.WaitingPosition).ToList();
        return true;
    }
}
