using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Content;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Visits;

public class DetailsModel(VisitLog visits, MarkdownRenderer markdown) : PageModel
{
    public sealed record ActionRow(string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn);
    public sealed record Visit(
        int Id, int PracticeId, string Practice, int FacilitatorId, string Facilitator, DateOnly VisitedOn, VisitMode Mode,
        int DurationMinutes, VisitPurpose Purpose, string? Notes, DateOnly? FollowUpOn, IReadOnlyList<ActionRow> Actions);

    public Visit Record { get; private set; } = null!;
    public HtmlString Notes { get; private set; } = HtmlString.Empty;
    public bool IsOwn => Record.FacilitatorId == User.PersonId();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var visit = await visits.VisibleTo(User).AsNoTracking().Where(v => v.Id == id)
            .Select(v => new Visit(v.Id, v.PracticeId, v.Practice!.Name, v.FacilitatorId, v.Facilitator!.GivenName + " " + v.Facilitator.FamilyName,
                v.VisitedOn, v.Mode, v.DurationMinutes, v.Purpose, v.Notes, v.FollowUpOn,
                v.Actions.OrderBy(a => a.DueOn).Select(a => new ActionRow(a.Description, a.Owner, a.DueOn, a.DoneOn)).ToList()))
            .FirstOrDefaultAsync();
        if (visit is null) return NotFound();
        Record = visit;
        Notes = markdown.ToHtml(visit.Notes);
        return Page();
    }
}
