using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Content;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>One QA observation, for the trainer observed, their assessor and programme leads.</summary>
public class ObservationModel(TrainingHubDbContext db, MarkdownRenderer markdown) : PortalPageModel
{
    public sealed record Rating(string Criterion, QaRating Value, HtmlString Evidence);

    public int ObservedPersonId { get; private set; }
    public string Observed { get; private set; } = "";
    public string Assessor { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public DateOnly ObservedOn { get; private set; }
    public QaOutcome Outcome { get; private set; }
    public HtmlString DevelopmentActions { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<Rating> Ratings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var me = User.PersonId()!.Value;
        var lead = User.IsInRole(PortalRoles.ProgrammeLead);
        var o = await db.QaObservations.AsNoTracking()
            .Where(x => x.Id == id && (lead || x.ObservedPersonId == me || x.AssessorPersonId == me))
            .Select(x => new
            {
                x.ObservedPersonId, Observed = x.ObservedPerson!.GivenName + " " + x.ObservedPerson.FamilyName,
                Assessor = x.AssessorPerson!.GivenName + " " + x.AssessorPerson.FamilyName, x.ProgrammeEvent!.Title,
                x.ObservedOn, x.Outcome, x.DevelopmentActions,
                Ratings = x.Ratings.OrderBy(r => r.Criterion).Select(r => new { r.Criterion, r.Rating, r.Evidence }).ToList(),
            })
            .FirstOrDefaultAsync();
        if (o is null) return NotFound();
        (ObservedPersonId, Observed, Assessor, EventTitle, ObservedOn, Outcome) = (o.ObservedPersonId, o.Observed, o.Assessor, o.Title, o.ObservedOn, o.Outcome);
        DevelopmentActions = markdown.ToHtml(o.DevelopmentActions);
        Ratings = o.Ratings.Select(r => new Rating(QaCriteria.Name(r.Criterion), r.Rating, markdown.ToHtml(r.Evidence))).ToList();
        return Page();
    }
}
