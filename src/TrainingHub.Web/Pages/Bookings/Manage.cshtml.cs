using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>A lead's view of one booking: its full history, moving it to another event, cancelling it (through the confirmation page).</summary>
public class ManageModel(TrainingHubDbContext db, BookingViews views, LeadBookingTools tools, TimeProvider clock) : PortalPageModel
{
    public sealed record Step(DateTimeOffset At, string From, string To, string? By, string? Reason);
    public sealed record Option(int Id, string Title, DateTimeOffset? StartsAt);

    public BookingViews.One Booking { get; private set; } = null!;
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<Step> History { get; private set; } = [];
    public IReadOnlyList<Option> Events { get; private set; } = [];
    [BindProperty] public int ToEventId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(int id) => ActAsync(id, () => tools.MoveAsync(id, ToEventId, User.PersonId()!.Value, Reason), "ToEventId");

    private async Task<IActionResult> ActAsync(int id, Func<Task<BookingResult>> act, string field)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await act();
        if (result.Succeeded)
        {
            TempData["Saved"] = $"Booking moved to {await db.ProgrammeEvents.Where(e => e.Id == ToEventId).Select(e => e.Title).FirstAsync()}";
            return RedirectToPage(new { id = result.Booking?.Id ?? id });
        }
        ModelState.AddModelError(result.Field ?? field, result.Problem!);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await views.OneAsync(id) is not { } booking) return false;
        Booking = booking;
        EventTitle = await db.ProgrammeEvents.Where(e => e.Id == booking.EventId).Select(e => e.Title).FirstAsync();
        var transitions = await db.BookingTransitions.AsNoTracking().Where(t => t.BookingId == id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new { t.At, t.From, t.To, By = db.People.Where(p => p.Id == t.ById).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault(), t.Reason })
            .ToListAsync();
        History = transitions.Select(t => new Step(t.At, Domain.Bookings.BookingLifecycle.Display(t.From), Domain.Bookings.BookingLifecycle.Display(t.To), t.By, t.Reason)).ToList();
        var now = clock.GetUtcNow();
        Events = await db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Id != booking.EventId && e.Status == EventStatus.Published && e.StartsAt > now)
            .OrderBy(e => e.StartsAt).Select(e => new Option(e.Id, e.Title, e.StartsAt)).Take(200).ToListAsync();
        return true;
    }
}
