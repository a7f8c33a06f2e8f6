using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>The signed-in person's completed events, each with its feedback form: to give, to change, or closed.</summary>
public class IndexModel(TrainingHubDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int BookingId, string EventTitle, DateTimeOffset? StartsAt, DateTimeOffset ClosesAt, bool Given, bool Open);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var personId = User.PersonId();
        var now = clock.GetUtcNow();
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.PersonId == personId && b.State == BookingState.Attended && b.CompletedAt != null)
            .OrderByDescending(b => b.ProgrammeEvent!.StartsAt)
            .Select(b => new
            {
                b.Id, b.ProgrammeEvent!.Title, b.ProgrammeEvent.StartsAt, b.ProgrammeEvent.EndsAt, CompletedAt = b.CompletedAt!.Value,
                Given = db.FeedbackResponses.Any(r => r.BookingId == b.Id),
            })
            .ToListAsync();
        Rows = bookings.Select(b => new Row(b.Id, b.Title, b.StartsAt, FeedbackWindow.ClosesAt(b.EndsAt, b.CompletedAt), b.Given,
            FeedbackWindow.WhyNot(BookingState.Attended, b.CompletedAt, b.EndsAt, now) is null)).ToList();
    }
}
