using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Who can be allocated to deliver, the accreditations they hold, and what they already deliver.</summary>
public sealed class TrainerDirectory(TrainingHubDbContext db, TimeProvider clock)
{
    /// <summary>IsTrainee: holds no accreditation valid today, so co-delivers only beside an accredited lead.</summary>
    public sealed record TrainerOption(int PersonId, string Name, bool IsTrainee);

    public Task<List<TrainerOption>> TrainersAsync()
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        return db.People.AsNoTracking()
            .Where(p => p.IsActive && db.Users.Any(u => u.PersonId == p.Id
                && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.Trainer)))
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new TrainerOption(p.Id, p.GivenName + " " + p.FamilyName,
                !db.TrainerAccreditations.Any(a => a.PersonId == p.Id && a.GrantedOn <= today && a.ValidUntil >= today)))
            .ToListAsync();
    }

    /// <summary>Each trainer's standing for an event of this type on these sessions (see <see cref="TrainerAllocationRules.Standing"/>).</summary>
    public async Task<Dictionary<int, string>> StandingNotesAsync(IReadOnlyCollection<int> personIds, string? requiredAccreditation,
        IReadOnlyList<Interval> sessions, int? eventId, bool typeChosen)
    {
        var standings = await StandingsAsync(personIds);
        var commitments = sessions.Count == 0 ? []
            : await CommitmentsAsync(personIds, eventId, sessions[0].StartsAt, sessions.Max(s => s.EndsAt));
        var today = LondonTime.DateOf(clock.GetUtcNow());
        return standings.ToDictionary(s => s.Key, s => TrainerAllocationRules.Standing(s.Value, requiredAccreditation, sessions, commitments, today, typeChosen));
    }

    public async Task<Dictionary<int, TrainerStanding>> StandingsAsync(IReadOnlyCollection<int> personIds)
    {
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Name = p.GivenName + " " + p.FamilyName,
                IsTrainer = db.Users.Any(u => u.PersonId == p.Id && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.Trainer)),
            })
            .ToListAsync();
        var held = (await db.TrainerAccreditations.AsNoTracking().Where(a => personIds.Contains(a.PersonId))
                .Select(a => new { a.PersonId, a.AccreditationSlug, a.GrantedOn, a.ValidUntil, a.CanAssess }).ToListAsync())
            .ToLookup(a => a.PersonId, a => new AccreditationSpan(a.AccreditationSlug, a.GrantedOn, a.ValidUntil, a.CanAssess));
        return people.ToDictionary(p => p.Id, p => new TrainerStanding(p.Id, p.Name, p.IsTrainer, held[p.Id].ToList()));
    }

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

    /// <summary>
    /// Inside the transaction that saves an allocation: bump each trainer's diary row, so a second lead saving the same
    /// trainer at the same moment waits on the row lock (PostgreSQL) or the write lock (SQLite), then reads our sessions.
    /// </summary>
    public async Task TakeDiariesAsync(IReadOnlyCollection<int> personIds)
    {
        var missing = personIds.Except(await db.TrainerDiaries.Where(d => personIds.Contains(d.PersonId)).Select(d => d.PersonId).ToListAsync()).ToList();
        foreach (var id in missing)
        {
            // A concurrent first allocation may insert the same row: the primary key decides, and either row serves.
            if (db.Database.IsSqlServer())
                await db.Database.ExecuteSqlRawAsync(SqlServerDialect.AddTrainerDiary, SqlServerDialect.PersonId(id));
            else
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO \"TrainerDiaries\" (\"PersonId\", \"Version\") VALUES ({id}, 0) ON CONFLICT DO NOTHING");
        }
        await db.TrainerDiaries.Where(d => personIds.Contains(d.PersonId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version + 1));
    }
}
