using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>A trainer's record: deliveries by type, accreditations and expiry, QA history and comments.</summary>
public sealed class TrainerRecords(TrainingHubDbContext db, TimeProvider clock)
{
    public sealed record Delivery(string EventType, int Led, int CoDelivered);
    public sealed record Held(string Slug, string Name, DateOnly GrantedOn, DateOnly ValidUntil, bool CanAssess, bool IsCurrent);
    public sealed record Observation(long Id, string EventTitle, DateOnly ObservedOn, string Assessor, QaOutcome Outcome);
    public sealed record Note(string Author, DateTimeOffset WrittenAt, string Text);

    public sealed record Record(int PersonId, string Name, IReadOnlyList<Delivery> Deliveries, IReadOnlyList<Held> Accreditations,
        IReadOnlyList<Observation> Observations, IReadOnlyList<Note> Notes);

    public async Task<Record?> ForAsync(int personId)
    {
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync();
        if (name is null) return null;
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var deliveries = await db.EventTrainers.AsNoTracking()
            .Where(t => t.PersonId == personId && t.ProgrammeEvent!.Status == EventStatus.Completed)
            .GroupBy(t => t.ProgrammeEvent!.EventType!.Name)
            .Select(g => new Delivery(g.Key, g.Count(t => t.Role == TrainerRole.Lead), g.Count(t => t.Role == TrainerRole.CoTrainer)))
            .ToListAsync();
        var held = await db.TrainerAccreditations.AsNoTracking().Where(a => a.PersonId == personId)
            .Select(a => new Held(a.AccreditationSlug,
                db.EventTypes.Where(t => t.Slug == a.AccreditationSlug).Select(t => t.Name).FirstOrDefault() ?? a.AccreditationSlug,
                a.GrantedOn, a.ValidUntil, a.CanAssess, a.GrantedOn <= today && a.ValidUntil >= today))
            .ToListAsync();
        var observations = await db.QaObservations.AsNoTracking().Where(o => o.ObservedPersonId == personId)
            .OrderByDescending(o => o.ObservedOn).ThenByDescending(o => o.Id)
            .Select(o => new Observation(o.Id, o.ProgrammeEvent!.Title, o.ObservedOn,
                o.AssessorPerson!.GivenName + " " + o.AssessorPerson.FamilyName, o.Outcome))
            .ToListAsync();
        var notes = await db.TrainerRecordNotes.AsNoTracking().Where(n => n.TrainerPersonId == personId)
            .OrderBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .Select(n => new Note(n.Author!.GivenName + " " + n.Author.FamilyName, n.WrittenAt, n.Text))
            .ToListAsync();
        return new Record(personId, name, deliveries.OrderBy(d => d.EventType).ToList(), held.OrderBy(h => h.Name).ToList(), observations, notes);
    }

    public async Task AddNoteAsync(int trainerPersonId, int authorPersonId, string text)
    {
        db.TrainerRecordNotes.Add(new TrainerRecordNote
        { TrainerPersonId = trainerPersonId, AuthorPersonId = authorPersonId, Text = text.Trim(), WrittenAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>A lead gives or takes away a trainer's right to assess others for one accreditation they hold.</summary>
    public async Task<bool> SetAssessorAsync(int personId, string slug, bool canAssess) =>
        await db.TrainerAccreditations.Where(a => a.PersonId == personId && a.AccreditationSlug == slug)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CanAssess, canAssess).SetProperty(a => a.UpdatedAt, clock.GetUtcNow())) == 1;
}
