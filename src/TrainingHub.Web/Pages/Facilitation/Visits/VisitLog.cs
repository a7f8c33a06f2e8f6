using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Visits;

/// <summary>
/// Who may see and change visits: a facilitator records visits only to practices in their caseload and
/// changes only visits they recorded; they read their own visits and those to their practices; leads read all.
/// </summary>
public sealed class VisitLog(TrainingHubDbContext db, Caseloads caseloads, TimeProvider clock)
{
    public IQueryable<PracticeVisit> VisibleTo(ClaimsPrincipal user)
    {
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return db.PracticeVisits;
        var personId = user.PersonId() ?? 0;
        var practices = caseloads.PracticeIdsOf(personId);
        return db.PracticeVisits.Where(v => v.FacilitatorId == personId || practices.Contains(v.PracticeId));
    }

    /// <summary>
    /// The visit with its actions, tracked for changing, only when the signed-in person recorded it and still
    /// works with the practice (a facilitator whose caseload has moved on leaves the record as it was).
    /// </summary>
    public async Task<PracticeVisit?> OwnAsync(ClaimsPrincipal user, int id)
    {
        var personId = user.PersonId() ?? 0;
        var visit = await db.PracticeVisits.Include(v => v.Actions).FirstOrDefaultAsync(v => v.Id == id && v.FacilitatorId == personId);
        return visit is not null && await caseloads.MayWorkWithAsync(user, visit.PracticeId) ? visit : null;
    }

    /// <summary>Copies the form onto the visit and its actions. False when an action row names an action that is not this visit's.</summary>
    public bool Apply(PracticeVisit visit, VisitInput input, int personId)
    {
        var now = clock.GetUtcNow();
        var today = caseloads.Today;
        visit.VisitedOn = input.VisitedOn!.Value;
        visit.Mode = input.Mode!.Value;
        visit.DurationMinutes = input.DurationMinutes!.Value;
        visit.Purpose = input.Purpose!.Value;
        visit.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        visit.FollowUpOn = input.FollowUpOn;
        visit.UpdatedAt = now;
        if (visit.Id == 0) visit.RecordedAt = now;

        foreach (var row in input.Actions)
        {
            var action = row.Id is { } id ? visit.Actions.FirstOrDefault(a => a.Id == id) : null;
            if (row.Id is not null && action is null) return false;
            if (row.IsBlank)
            {
                if (action is not null) db.VisitActions.Remove(action);
                continue;
            }
            if (action is null)
            {
                action = new VisitAction { PracticeId = visit.PracticeId, Description = "", Owner = "", RecordedById = personId };
                visit.Actions.Add(action);
            }
            action.Description = row.Description!.Trim();
            action.Owner = row.Owner!.Trim();
            action.DueOn = row.DueOn!.Value;
            action.DoneOn = row.Done ? action.DoneOn ?? today : null;
        }
        return true;
    }

    public Task SaveAsync() => db.SaveChangesAsync();

    public void Add(PracticeVisit visit) => db.PracticeVisits.Add(visit);
}
