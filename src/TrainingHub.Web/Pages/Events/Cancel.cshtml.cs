using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The confirmation page before a lead cancels an event: whose bookings go with it and who is told.</summary>
public class CancelModel(TrainingHubDbContext db, EventActions actions) : PortalPageModel
{
    public EventView Event { get; private set; } = null!;
    public int Booked { get; private set; }
    public int Waiting { get; private set; }

    [BindProperty] public int Sequence { get; set; }
    [BindProperty] public string? CancellationReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var live = Booked + Waiting;
        if (await actions.CancelAsync(id, Sequence, CancellationReason, User.PersonId()!.Value) is { } problem)
        {
            ModelState.AddModelError(nameof(CancellationReason), problem);
            return Page();
        }
        TempData["Saved"] = live == 0 ? "Event cancelled"
            : $"Event cancelled: {live} {(live == 1 ? "booking" : "bookings")} cancelled with it, and each person is emailed";
        return RedirectToPage("Manage", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await EventView.LoadAsync(db, id) is not { } view) return false;
        Event = view;
        var states = await db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == id && b.State != BookingState.Cancelled)
            .GroupBy(b => b.State == BookingState.Waitlisted).Select(g => new { Waiting = g.Key, Count = g.Count() }).ToListAsync();
        Booked = states.Where(s => !s.Waiting).Sum(s => s.Count);
        Waiting = states.Where(s => s.Waiting).Sum(s => s.Count);
        return true;
    }

    public bool CanCancel => EventLifecycle.IsEditable(Event.Status);
}
