using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

/// <summary>Self check-in: a booked attendee enters the code shown in the room while the session runs.</summary>
public class CheckInModel(TrainingHubDbContext db, SessionCodes codes, AttendanceRecorder recorder, TimeProvider clock) : PortalPageModel
{
    public sealed class CheckInInput
    {
        [Required(ErrorMessage = "Enter the code shown in the room")]
        [StringLength(20, ErrorMessage = "Enter the code shown in the room")]
        public string? Code { get; set; }
    }

    [BindProperty] public CheckInInput Input { get; set; } = new();
    [TempData] public string? CheckedIn { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var personId = User.PersonId()!.Value;
        var entered = CheckInCodes.Normalise(Input.Code);
        var sessionId = await codes.SessionForAsync(entered);
        var session = sessionId is null ? null : await db.EventSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && (s.ProgrammeEvent!.Status == EventStatus.Published || s.ProgrammeEvent.Status == EventStatus.Completed))
            .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.ProgrammeEventId, s.ProgrammeEvent!.Title, s.ProgrammeEvent.CheckInOpensMinutesBefore })
            .FirstOrDefaultAsync();
        var bookingId = session is null ? null : await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == session.ProgrammeEventId && b.PersonId == personId && AttendanceOutcome.OnRegister.Contains(b.State))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync();
        // The code names the session, so an unknown code is one that matches no room.
        var whyNot = session is null
            ? "The code does not match the one shown in the room"
            : SelfCheckIn.WhyNot(bookingId is not null, session.CheckInOpensMinutesBefore, session.StartsAt, session.EndsAt, clock.GetUtcNow());
        if (whyNot is not null)
        {
            ModelState.AddModelError("Input.Code", whyNot);
            return Page();
        }
        await recorder.MarkAsync(session!.Id, [new RegisterMark(bookingId!.Value, true)], personId, selfCheckedIn: true);
        CheckedIn = $"You are checked in to {session.Title}";
        return RedirectToPage();
    }
}
