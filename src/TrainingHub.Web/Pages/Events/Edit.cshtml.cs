using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.Pages.Venues;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Create or edit an event: details, dated sessions in UK time, and the trainers who deliver it.</summary>
public class EditModel(TrainingHubDbContext db, EventEditor editor, TrainerDirectory directory, VenueDirectory venues) : PortalPageModel
{
    public sealed record Option(int Id, string Name);

    [BindProperty] public EventInput Input { get; set; } = new();
    /// <summary>Set by the "Add another session" button: one more empty row, nothing checked or saved.</summary>
    [BindProperty] public bool AddSession { get; set; }

    public int? EventId { get; private set; }
    public IReadOnlyList<Option> Types { get; private set; } = [];
    public IReadOnlyList<Option> Places { get; private set; } = [];
    /// <summary>The directory's venues to choose from; none on a portal with no venues yet, when the venue is typed.</summary>
    public IReadOnlyList<VenueDirectory.Choice> Venues { get; private set; } = [];
    public IReadOnlyList<TrainerDirectory.TrainerOption> Trainers { get; private set; } = [];
    /// <summary>Each trainer's standing for this event as the form stands: accredited until, trainee, clash.</summary>
    public IReadOnlyDictionary<int, string> Standings { get; private set; } = new Dictionary<int, string>();
    /// <summary>Set by the "Check the trainers" button: show the standings for the sessions typed, nothing checked or saved.</summary>
    [BindProperty] public bool CheckTrainers { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? typeId)
    {
        EventId = id;
        if (id is { } eventId)
        {
            if (await EditableAsync(eventId) is { } refusal) return refusal;
            Input = (await editor.InputForAsync(eventId))!;
        }
        else Input = await editor.InputForTypeAsync(typeId);
        await LoadOptionsAsync();
        // The lead trainer comes first: on a form with nobody allocated yet, the first row is the lead.
        if (Input.Trainers.All(t => t.PersonId is null)) Input.Trainers[0].Role = TrainerRole.Lead;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        EventId = id;
        if (id is { } eventId && await EditableAsync(eventId) is { } refusal) return refusal;
        if (AddSession || CheckTrainers)
        {
            // Nothing is checked yet, but what was typed stays, a date that cannot be as well, to be put right later.
            foreach (var entry in ModelState.Values) entry.Errors.Clear();
            if (AddSession) Input.Sessions.Add(new SessionInput());
            await LoadOptionsAsync();
            return Page();
        }
        var sessions = await editor.ValidateAsync(Input, id, ModelState);
        if (ModelState.IsValid)
        {
            var changedBy = User.PersonId()!.Value;
            var (savedId, problem) = id is null ? await editor.CreateAsync(Input, sessions, changedBy)
                : (id, await editor.UpdateAsync(id.Value, Input, sessions, changedBy));
            if (problem is null)
            {
                TempData["Saved"] = id is null ? "Event created as a draft" : "Event saved";
                return RedirectToPage("Manage", new { id = savedId });
            }
            ModelState.AddModelError("", problem);
        }
        await LoadOptionsAsync();
        return Page();
    }

    private async Task<IActionResult?> EditableAsync(int eventId)
    {
        var status = await db.ProgrammeEvents.Where(e => e.Id == eventId).Select(e => (EventStatus?)e.Status).FirstOrDefaultAsync();
        if (status is null) return NotFound();
        return EventLifecycle.IsEditable(status.Value) ? null : RedirectToPage("Manage", new { id = eventId });
    }

    private async Task LoadOptionsAsync()
    {
        Types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Id, t.Name)).ToListAsync();
        Places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync();
        Venues = await venues.ChoicesAsync(await editor.SavedVenueAsync(EventId));
        Trainers = await directory.TrainersAsync();
        var required = Input.EventTypeId is { } typeId
            ? await db.EventTypes.AsNoTracking().Where(t => t.Id == typeId).Select(t => t.RequiredAccreditation).FirstOrDefaultAsync() : null;
        Standings = await directory.StandingNotesAsync(Trainers.Select(t => t.PersonId).ToList(), required, EventEditor.SessionsOf(Input), EventId, Input.EventTypeId is not null);
        // Sessions as given, at least one, and "Add another session" for more; blank trainer rows to add trainers
        // without script. Blank rows are ignored when saving.
        if (Input.Sessions.Count == 0) Input.Sessions.Add(new SessionInput());
        while (Input.Trainers.Count < Math.Max(3, Input.Trainers.Count(t => t.PersonId is not null) + 2)) Input.Trainers.Add(new TrainerInput());
    }

    /// <summary>The form's fields top to bottom, so the error summary lists refusals in the order a lead meets them.</summary>
    public IReadOnlyList<string> FieldOrder() =>
    [
        "Input.EventTypeId", "Input.Title", "Input.PlaceId", "Input.IsOnline", "Input.VenueId", "Input.VenueName", "Input.VenueAddress",
        "Input.AccessibilityNotes", "Input.JoiningLink", "Input.Capacity", "Input.CheckInOpensMinutesBefore",
        "Input.BookingOpensOn", "Input.BookingClosesOn",
        .. Enumerable.Range(0, Input.Sessions.Count).SelectMany(i => new[] { $"Input.Sessions[{i}].Date", $"Input.Sessions[{i}].Start", $"Input.Sessions[{i}].End" }),
        .. Enumerable.Range(0, Input.Trainers.Count).Select(i => $"Input.Trainers[{i}].PersonId"),
        "Input.Trainers", "",
    ];
}
