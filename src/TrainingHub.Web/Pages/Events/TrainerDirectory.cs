using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Who can be allocated to deliver, and what they already deliver.</summary>
public sealed class TrainerDirectory(TrainingHubDbContext db)
{
    public sealed record TrainerOption(int PersonId, string Name, bool IsTrainee);

    public Task<List<TrainerOption>> TrainersAsync() =>
        db.People.AsNoTracking()
            .Where(p => p.IsActive && db.Users.Any(u => u.PersonId == p.Id
                && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.Trainer)))
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new TrainerOption(p.Id, p.GivenName + " " + p.FamilyName, db.TraineeTrainers.Any(t => t.PersonId == p.Id)))
            .ToListAsync();

    public async Task<Dictionary<int, TrainerStanding>> StandingsAsync(IReadOnlyCollection<int> personIds) =>
        await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new TrainerStanding(
                p.Id, p.GivenName + " " + p.FamilyName,
                db.Users.Any(u => u.PersonId == p.Id && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.Trainer)),
                db.TraineeTrainers.Any(t => t.PersonId == p.Id)))
            .ToDictionaryAsync(s => s.PersonId);

    /// <summary>Sessions these people deliver on other live events within the given span.</summary>
    public async Task<List<Commitment>> CommitmentsAsync(IReadOnlyCollection<int> personIds, int? exceptEventId, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        var rows = await (
                from t in db.EventTrainers.AsNoTracking()
                join s in db.EventSessions on t.ProgrammeEventId equals s.ProgrammeEventId
                where personIds.Contains(t.PersonId) && t.ProgrammeEventId != exceptEventId
                    && t.ProgrammeEvent!.Status != EventStatus.Cancelled && s.StartsAt < windowEnd && s.EndsAt > windowStart
                select new { t.PersonId, t.ProgrammeEvent!.Title, s.StartsAt, s.EndsAt })
            .ToListAsync();
        return rows.Select(r => new Commitment(r.PersonId, r.Title, new Interval(r.StartsAt, r.EndsAt))).ToList();
    }
}
