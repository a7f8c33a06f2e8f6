using TrainingHub.Web.Domain.Events;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

public enum AssignOutcome { Assigned, NotAFacilitator, NoSuchPractice, OutsidePlaces, AlreadyTheirs, StartsTooEarly, Conflict }

/// <summary>
/// Facilitators' caseloads: who supports which practice, from when to when, and who may work with a practice's
/// facilitation records (its current facilitator, and any lead).
/// </summary>
public sealed class Caseloads(TrainingHubDbContext db, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock)
{
    public sealed record FacilitatorOption(int PersonId, string Name);

    public DateOnly Today => LondonTime.Today(clock);

    /// <summary>
    /// Assignments running on the day. One a lead ended on its last day (at a moment, <see cref="FacilitatorAssignment.EndedAt"/>)
    /// no longer counts on that day, so ending it stops access at once.
    /// </summary>
    public IQueryable<FacilitatorAssignment> CurrentOn(DateOnly day) =>
        db.FacilitatorAssignments.Where(a => a.StartsOn <= day
            && (a.EndsOn == null || a.EndsOn > day || (a.EndsOn == day && a.EndedAt == null)));

    public IQueryable<int> PracticeIdsOf(int facilitatorId) =>
        CurrentOn(Today).Where(a => a.FacilitatorId == facilitatorId).Select(a => a.PracticeId);

    /// <summary>The practice's name, or null when there is no such practice.</summary>
    public Task<string?> PracticeNameAsync(int practiceId) =>
        db.Practices.AsNoTracking().Where(p => p.Id == practiceId).Select(p => p.Name).FirstOrDefaultAsync();

    /// <summary>Leads work with every practice; a facilitator only with the practices now in their caseload.</summary>
    public async Task<bool> MayWorkWithAsync(ClaimsPrincipal user, int practiceId)
    {
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return true;
        if (!user.IsInRole(PortalRoles.Facilitator) || user.PersonId() is not { } personId) return false;
        return await PracticeIdsOf(personId).AnyAsync(id => id == practiceId);
    }

    public async Task<IReadOnlyList<FacilitatorOption>> FacilitatorsAsync() =>
        await (from user in db.Users
               join role in db.UserRoles on user.Id equals role.UserId
               where role.RoleId == PortalRoles.Facilitator
               join person in db.People on user.PersonId equals person.Id
               where person.IsActive
               orderby person.FamilyName, person.GivenName
               select new FacilitatorOption(person.Id, person.GivenName + " " + person.FamilyName)).ToListAsync();

    public async Task<AssignOutcome> AssignAsync(int facilitatorId, string odsCode, DateOnly startsOn, int leadId)
    {
        if ((await FacilitatorsAsync()).All(f => f.PersonId != facilitatorId)) return AssignOutcome.NotAFacilitator;
        var code = odsCode.Trim().ToUpperInvariant();
        var practice = await db.Practices.Where(p => p.OdsCode == code).Select(p => new { p.Id, p.PlaceId }).FirstOrDefaultAsync();
        if (practice is null) return AssignOutcome.NoSuchPractice;
        // People carry no place scope yet: when they do, pass the facilitator's places here.
        if (!CaseloadPlaces.Allows(facilitatorPlaceIds: null, practice.PlaceId)) return AssignOutcome.OutsidePlaces;

        var open = await db.FacilitatorAssignments.AsNoTracking()
            .Where(a => a.PracticeId == practice.Id && a.EndsOn == null).Select(a => new { a.FacilitatorId, a.StartsOn }).FirstOrDefaultAsync();
        if (open?.FacilitatorId == facilitatorId) return AssignOutcome.AlreadyTheirs;
        if (open is not null && open.StartsOn >= startsOn) return AssignOutcome.StartsTooEarly;

        await using var transaction = await db.Database.BeginTransactionAsync();
        // The previous facilitator's assignment ends the day before; the filtered unique index decides a race.
        await db.FacilitatorAssignments.Where(a => a.PracticeId == practice.Id && a.EndsOn == null && a.StartsOn < startsOn)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EndsOn, startsOn.AddDays(-1)));
        db.FacilitatorAssignments.Add(new FacilitatorAssignment
        {
            FacilitatorId = facilitatorId, PracticeId = practice.Id, StartsOn = startsOn,
            AssignedById = leadId, AssignedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return AssignOutcome.Assigned;
        }
        catch (DbUpdateException)
        {
            return AssignOutcome.Conflict;
        }
    }

    /// <summary>Ends a running assignment now: the facilitator's access to the practice stops at once. False when it had already ended.</summary>
    public async Task<bool> EndNowAsync(int assignmentId)
    {
        var (today, now) = (Today, clock.GetUtcNow());
        if (await db.FacilitatorAssignments
                .Where(a => a.Id == assignmentId && a.EndsOn == null && a.StartsOn <= today)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EndsOn, today).SetProperty(a => a.EndedAt, now)) != 1) return false;
        audit.Changed(typeof(Data.Entities.Facilitation.FacilitatorAssignment), assignmentId.ToString(),
            new Dictionary<string, object?> { ["EndsOn"] = null }, new Dictionary<string, object?> { ["EndsOn"] = today });
        await db.SaveChangesAsync();
        return true;
    }
}
