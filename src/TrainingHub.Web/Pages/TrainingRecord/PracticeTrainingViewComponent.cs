using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.TrainingRecord;

/// <summary>The training section of a practice's profile: its staff's bookings and completions, counted where they worked when they completed.</summary>
public class PracticeTrainingViewComponent(TrainingHubDbContext db) : ViewComponent
{
    public const int Shown = 100;

    public sealed record Line(int PersonId, string Name, string EventTitle, DateTimeOffset? StartsAt, BookingState State);

    public sealed record Model(int Completed, int PeopleCompleted, IReadOnlyList<Line> Lines, bool MayOpenRecords);

    public async Task<IViewComponentResult> InvokeAsync(int practiceId)
    {
        var bookings = db.Bookings.AsNoTracking().Where(b => b.PracticeId == practiceId && b.PersonId != null && b.State != BookingState.Cancelled);
        var completed = bookings.Where(b => b.State == BookingState.Attended);
        var lines = await bookings.OrderByDescending(b => b.ProgrammeEvent!.StartsAt).ThenBy(b => b.Person!.FamilyName).Take(Shown)
            .Select(b => new Line(b.PersonId!.Value, b.Person!.GivenName + " " + b.Person.FamilyName, b.ProgrammeEvent!.Title,
                b.ProgrammeEvent.StartsAt, b.State))
            .ToListAsync();
        return View("~/Pages/TrainingRecord/_PracticeTraining.cshtml", new Model(await completed.CountAsync(),
            await completed.Select(b => b.PersonId).Distinct().CountAsync(), lines, HttpContext.User.IsInRole(PortalRoles.ProgrammeLead)));
    }
}
