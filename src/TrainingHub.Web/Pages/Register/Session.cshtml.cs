using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// One session's register: tick everyone present and untick who is missing, or mark people one by one at the
/// door. Only the people listed on the page are saved, so a booking made since it was opened is not marked absent.
/// </summary>
public class SessionModel(TrainingHubDbContext db, RegisterSessions sessions, AttendanceRecorder recorder, TimeProvider clock) : PortalPageModel
{
    public sealed record Attendee(int BookingId, string Name, string? Practice, BookingState State, bool? Present, bool SelfCheckedIn, bool WalkIn);

    public sealed class RegisterInput
    {
        public List<int> Listed { get; set; } = [];
        public List<int> Present { get; set; } = [];
    }

    [BindProperty] public RegisterInput Input { get; set; } = new();
    public RegisterSession Session { get; private set; } = null!;
    public IReadOnlyList<Attendee> Attendees { get; private set; } = [];
    public bool TickEveryone { get; private set; }
    [TempData] public string? Saved { get; set; }
    private bool posted;

    public bool IsTicked(Attendee a) => posted ? Input.Present.Contains(a.BookingId) : TickEveryone || a.Present == true;

    public async Task<IActionResult> OnGetAsync(int sessionId, bool all = false)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        TickEveryone = all;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int sessionId)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        posted = true;
        var marks = Input.Listed.Distinct().Select(id => new RegisterMark(id, Input.Present.Contains(id))).ToList();
        if (marks.Count == 0 || Input.Present.Except(Input.Listed).Any())
            return Refuse(nameof(Input) + "." + nameof(Input.Present), "The register lists only people booked on this event: reload the register and try again");
        return await SaveAsync(nameof(Input) + "." + nameof(Input.Present), marks);
    }

    public async Task<IActionResult> OnPostMarkAsync(int sessionId, int bookingId, bool present)
    {
        if (!await LoadAsync(sessionId)) return NotFound();
        return await SaveAsync("", [new RegisterMark(bookingId, present)]);
    }

    private async Task<IActionResult> SaveAsync(string field, IReadOnlyCollection<RegisterMark> marks)
    {
        if (SessionRegister.WhyNot(Session.StartsAt, clock.GetUtcNow()) is { } notYet) return Refuse(field, notYet);
        if (await recorder.WhyNotAsync(Session.EventId, marks.Select(m => m.BookingId).ToList()) is { } whyNot)
            return Refuse(field, whyNot);
        await recorder.MarkAsync(Session.SessionId, marks, User.PersonId()!.Value);
        var present = marks.Count(m => m.Present);
        Saved = marks.Count == 1
            ? $"{Attendees.FirstOrDefault(a => a.BookingId == marks.First().BookingId)?.Name} marked {(present == 1 ? "present" : "absent")}"
            : $"Register saved: {present} present, {marks.Count - present} absent";
        return RedirectToPage(new { sessionId = Session.SessionId });
    }

    private IActionResult Refuse(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return Page();
    }

    private async Task<bool> LoadAsync(int sessionId)
    {
        if (await sessions.FindAsync(User, sessionId) is not { } session) return false;
        Session = session;
        Attendees = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == session.EventId && b.PersonId != null && AttendanceOutcome.OnRegister.Contains(b.State))
            .OrderBy(b => b.Person!.FamilyName).ThenBy(b => b.Person!.GivenName)
            .Select(b => new Attendee(b.Id, b.Person!.GivenName + " " + b.Person.FamilyName,
                b.Practice == null ? b.Person.Organisation : b.Practice.Name, b.State,
                b.Attendance.Where(a => a.EventSessionId == sessionId).Select(a => (bool?)a.Present).FirstOrDefault(),
                b.Attendance.Any(a => a.EventSessionId == sessionId && a.SelfCheckedIn), b.WalkInAt != null))
            .ToListAsync();
        // Practice names as every other page shows them, not in the NHS file's capitals.
        Attendees = Attendees.Select(a => a.Practice is null ? a : a with { Practice = PracticeNames.Display(a.Practice) }).ToList();
        return true;
    }
}
