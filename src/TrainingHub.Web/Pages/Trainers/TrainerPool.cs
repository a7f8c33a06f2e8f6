using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>The pool at a glance: who is accredited for what, where, until when; and who delivers how much.</summary>
public sealed class TrainerPool(TrainingHubDbContext db)
{
    public const string AllPlaces = "All places";

    public sealed record Accredited(int PersonId, string Name, string Place, string Accreditation, DateOnly ValidUntil, bool CanAssess);

    public sealed record Load(int PersonId, string Name, int Led, int CoDelivered);

    /// <summary>
    /// Accreditations held on a day: <see cref="AccreditationSpan.IsValidOn"/> (GrantedOn to ValidUntil inclusive),
    /// as SQL so pages count on the database.
    /// </summary>
    public IQueryable<TrainerAccreditation> HeldOn(DateOnly day) =>
        db.TrainerAccreditations.AsNoTracking().Where(a => a.GrantedOn <= day && a.ValidUntil >= day);

    public async Task<List<Accredited>> AccreditedOnAsync(DateOnly day)
    {
        var rows = await HeldOn(day)
            .Select(a => new
            {
                a.PersonId, Name = a.Person!.GivenName + " " + a.Person.FamilyName, a.ValidUntil, a.CanAssess,
                Accreditation = db.EventTypes.Where(t => t.Slug == a.AccreditationSlug).Select(t => t.Name).FirstOrDefault() ?? a.AccreditationSlug,
                Place = db.RoleGrants.Where(g => g.PersonId == a.PersonId && g.Role == PortalRoles.Trainer && g.Place != null)
                    .Select(g => g.Place!.Name).FirstOrDefault(),
            })
            .ToListAsync();
        return rows.Select(r => new Accredited(r.PersonId, r.Name, r.Place ?? AllPlaces, r.Accreditation, r.ValidUntil, r.CanAssess))
            .OrderBy(r => r.Place).ThenBy(r => r.Accreditation).ThenBy(r => r.Name).ToList();
    }

    /// <summary>Deliveries on events that are not cancelled and start within the period, per trainer.</summary>
    public async Task<List<Load>> LoadAsync(DateOnly from, DateOnly to)
    {
        var start = LondonTime.StartOfDay(from);
        var end = LondonTime.StartOfDay(to.AddDays(1));
        var rows = await db.EventTrainers.AsNoTracking()
            .Where(t => t.ProgrammeEvent!.Status != EventStatus.Cancelled && t.ProgrammeEvent.StartsAt >= start && t.ProgrammeEvent.StartsAt < end)
            .GroupBy(t => new { t.PersonId, t.Person!.GivenName, t.Person.FamilyName })
            .Select(g => new
            {
                g.Key.PersonId, Name = g.Key.GivenName + " " + g.Key.FamilyName,
                Led = g.Count(t => t.Role == TrainerRole.Lead), Co = g.Count(t => t.Role == TrainerRole.CoTrainer),
            })
            .ToListAsync();
        return rows.Select(r => new Load(r.PersonId, r.Name, r.Led, r.Co)).OrderByDescending(r => r.Led + r.CoDelivered).ThenBy(r => r.Name).ToList();
    }
}
