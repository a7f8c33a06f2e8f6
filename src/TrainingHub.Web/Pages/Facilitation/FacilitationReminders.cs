using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Web.Pages.Facilitation;

public enum ReminderKind { ActionDue, ReviewDue }

/// <summary>One thing one person should be reminded of.</summary>
public sealed record Reminder(int PersonId, ReminderKind Kind, int PracticeId, string Practice, string What, DateOnly DueOn, string Href);

public sealed record ActionDue(int Id, int PracticeId, string Practice, string Description, string Owner, DateOnly DueOn, int RecordedById, string Href);

public sealed record ReviewDue(int PracticeId, string Practice, DateOnly DueOn, int LastReviewId);

/// <summary>
/// Who is due what: open actions due soon or overdue, and practices whose next fidelity review is due.
/// The facilitator's dashboard reads it, and it is where the notifications work sends reminders from
/// (this feature sends no mail). Actions are for the person who agreed them, who follows them up; a review
/// due is for the practice's current facilitator.
/// </summary>
public sealed class FacilitationReminders(TrainingHubDbContext db, Caseloads caseloads)
{
    public const int DaysAhead = 14;

    public async Task<IReadOnlyList<Reminder>> DueAsync(DateOnly today, int daysAhead = DaysAhead)
    {
        var by = today.AddDays(daysAhead);
        var actions = (await OpenActionsDueByAsync(by, practiceIds: null))
            .Select(a => new Reminder(a.RecordedById, ReminderKind.ActionDue, a.PracticeId, a.Practice,
                $"{a.Description} (owner: {a.Owner})", a.DueOn, a.Href));
        var reviews = await ReviewsDueByAsync(by, practiceIds: null);
        var facilitators = await caseloads.CurrentOn(today)
            .Select(a => new { a.PracticeId, a.FacilitatorId }).ToListAsync();
        var reviewReminders = reviews.Join(facilitators, r => r.PracticeId, f => f.PracticeId,
            (r, f) => new Reminder(f.FacilitatorId, ReminderKind.ReviewDue, r.PracticeId, r.Practice,
                "Fidelity review due", r.DueOn, $"/Facilitation/Reviews/Start/{r.PracticeId}"));
        return actions.Concat(reviewReminders).OrderBy(r => r.PersonId).ThenBy(r => r.DueOn).ToList();
    }

    /// <summary>Open actions due on or before the date, on the given practices (all when null).</summary>
    public async Task<IReadOnlyList<ActionDue>> OpenActionsDueByAsync(DateOnly by, IQueryable<int>? practiceIds)
    {
        var query = db.VisitActions.AsNoTracking().Where(a => a.DoneOn == null && a.DueOn <= by);
        if (practiceIds is not null) query = query.Where(a => practiceIds.Contains(a.PracticeId));
        var rows = await query.OrderBy(a => a.DueOn)
            .Select(a => new
            {
                a.Id, a.PracticeId, Practice = db.Practices.Where(p => p.Id == a.PracticeId).Select(p => p.Name).First(),
                a.Description, a.Owner, a.DueOn, a.RecordedById, a.PracticeVisitId, a.FidelityReviewId,
            })
            .ToListAsync();
        return rows.Select(a => new ActionDue(a.Id, a.PracticeId, a.Practice, a.Description, a.Owner, a.DueOn, a.RecordedById,
            a.PracticeVisitId is { } visit ? $"/Facilitation/Visits/Details/{visit}" : $"/Facilitation/Reviews/Details/{a.FidelityReviewId}#actions")).ToList();
    }

    /// <summary>Practices whose latest completed review says the next is due on or before the date, with no draft under way.</summary>
    public async Task<IReadOnlyList<ReviewDue>> ReviewsDueByAsync(DateOnly by, IQueryable<int>? practiceIds)
    {
        var latest = await ReviewsDueBy(by, practiceIds).ToListAsync();
        return latest.OrderBy(x => x.DueOn).ToList();
    }

    /// <summary>The same as a query, for a count that need not bring every practice back.</summary>
    public IQueryable<ReviewDue> ReviewsDueBy(DateOnly by, IQueryable<int>? practiceIds)
    {
        var practices = db.Practices.AsNoTracking();
        if (practiceIds is not null) practices = practices.Where(p => practiceIds.Contains(p.Id));
        // Two scalar subqueries, each an index lookup per practice, rather than numbering every review in the programme.
        return practices
            .Select(p => new
            {
                p.Id, p.Name,
                LastId = db.FidelityReviews.Where(r => r.PracticeId == p.Id && r.Status == ReviewStatus.Completed)
                    .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault(),
                Due = db.FidelityReviews.Where(r => r.PracticeId == p.Id && r.Status == ReviewStatus.Completed)
                    .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).Select(r => (DateOnly?)r.NextReviewDue).FirstOrDefault(),
                HasDraft = db.FidelityReviews.Any(r => r.PracticeId == p.Id && r.Status == ReviewStatus.Draft),
            })
            .Where(x => x.LastId != null && !x.HasDraft && x.Due <= by)
            .Select(x => new ReviewDue(x.Id, x.Name, x.Due!.Value, x.LastId!.Value));
    }
}
