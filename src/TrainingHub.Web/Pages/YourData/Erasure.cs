using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Audit;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Data.Entities.PersonalData;

namespace TrainingHub.Web.Pages.YourData;

public enum ErasureOutcome { Erased, NotFound, Yourself, AlreadyErased }

/// <summary>
/// A lead erases a person on their request. What identifies them goes: name, email, their sign-in account and its
/// external logins, their calendar feed, the text they wrote (feedback comments, booking notes, trainer record notes),
/// the bodies of messages sent to them, and their full name or email wherever any other text quotes it. Their place
/// in the figures stays: the person row remains, anonymous, so bookings, attendance, completions and feedback scores
/// still count where they counted.
/// </summary>
public sealed class Erasure(TrainingHubDbContext db, UserManager<PortalUser> users, AuditLog audit, TimeProvider clock)
{
    public const string Replacement = "[erased]";

    public sealed record Plan(int PersonId, string Name, string Email, bool AlreadyErased, bool HasAccount, int ExternalLogins,
        bool HasCalendarFeed, int Messages, int FeedbackComments, int BookingNotes, int TrainerNotes, int Bookings, int QaObservations,
        int VisitsAndReviews);

    public async Task<Plan?> PlanAsync(int personId, CancellationToken ct)
    {
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) is not { } person) return null;
        var bookings = db.Bookings.Where(b => b.PersonId == personId).Select(b => b.Id);
        return new Plan(personId, person.FullName, person.WorkEmail, person.ErasedAt is not null,
            await db.Users.AnyAsync(u => u.PersonId == personId, ct),
            await db.UserLogins.CountAsync(l => db.Users.Any(u => u.Id == l.UserId && u.PersonId == personId), ct),
            await db.CalendarFeeds.AnyAsync(f => f.PersonId == personId, ct),
            await db.Notifications.CountAsync(n => n.RecipientPersonId == personId, ct),
            await db.FeedbackResponses.CountAsync(f => bookings.Contains(f.BookingId) && (f.MostUseful != null || f.ToImprove != null || f.OtherNeed != null), ct),
            await db.Bookings.CountAsync(b => b.PersonId == personId && (b.Note != null || b.CancellationReason != null
                || b.AccessNeeds != null || b.DietaryNeeds != null), ct),
            await db.TrainerRecordNotes.CountAsync(n => n.AuthorPersonId == personId || n.TrainerPersonId == personId, ct),
            await bookings.CountAsync(ct),
            await db.QaObservations.CountAsync(o => o.ObservedPersonId == personId, ct),
            await db.PracticeVisits.CountAsync(v => v.FacilitatorId == personId, ct)
                + await db.FidelityReviews.CountAsync(r => r.StartedById == personId || r.UpdatedById == personId, ct));
    }

    public async Task<ErasureOutcome> EraseAsync(int personId, int byPersonId, CancellationToken ct)
    {
        if (personId == byPersonId) return ErasureOutcome.Yourself;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) is not { } person) return ErasureOutcome.NotFound;
        // The update decides two leads erasing at once: only the one that marked the person goes on.
        if (await db.People.Where(p => p.Id == personId && p.ErasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ErasedAt, clock.GetUtcNow()), ct) == 0) return ErasureOutcome.AlreadyErased;
        db.PersonalDataRequests.Add(new PersonalDataRequest
        {
            Kind = PersonalDataRequestKind.Erasure, PersonId = personId, ActedByPersonId = byPersonId, At = clock.GetUtcNow(),
        });
        await AnonymiseAsync(person, "on their request", ct);
        await transaction.CommitAsync(ct);
        return ErasureOutcome.Erased;
    }

    /// <summary>
    /// Takes a tracked person's identifying data out of the database, in the caller's transaction. Also what the
    /// retention schedule does to people who left the programme long ago.
    /// </summary>
    public async Task AnonymiseAsync(Person person, string why, CancellationToken ct)
    {
        var personId = person.Id;
        var identifying = new[] { person.FullName, person.WorkEmail };
        if (await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId, ct) is { } user)
        {
            // Identity's store deletes the account's external logins, tokens, claims and roles with it.
            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded) throw new InvalidOperationException(string.Join("; ", deleted.Errors.Select(e => e.Description)));
        }
        db.RoleGrants.RemoveRange(await db.RoleGrants.Where(g => g.PersonId == personId).ToListAsync(ct));
        Anonymise(person);
        await ScrubWhatTheyWroteAsync(personId, ct);
        audit.Erased(personId, why);
        await db.SaveChangesAsync(ct);
        await EveryTextColumn.ReplaceAsync(db, EveryTextColumn.In(db.Model, "AuditEntries"), identifying, Replacement, ct);
    }

    private void Anonymise(Person person)
    {
        person.GivenName = "Erased";
        person.FamilyName = $"person {person.Id}";
        // Unique and never deliverable (.invalid is reserved for that), so nothing can be sent or matched to it.
        person.WorkEmail = $"erased-{person.Id}@erased.invalid";
        person.Organisation = null;
        person.IsActive = false;
        person.ErasedAt = clock.GetUtcNow();
    }

    private async Task ScrubWhatTheyWroteAsync(int personId, CancellationToken ct)
    {
        var bookings = db.Bookings.Where(b => b.PersonId == personId).Select(b => b.Id);
        await db.CalendarFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.RecipientPersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.RenderedSubject, (string?)null).SetProperty(n => n.RenderedText, (string?)null)
            .SetProperty(n => n.RenderedHtml, (string?)null).SetProperty(n => n.ValuesJson, "{}")
            .SetProperty(n => n.LastError, (string?)null).SetProperty(n => n.SmtpReply, (string?)null)
            .SetProperty(n => n.Status, n => n.Status == NotificationStatus.Pending ? NotificationStatus.Dropped : n.Status), ct);
        await db.FeedbackResponses.Where(f => bookings.Contains(f.BookingId)).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.MostUseful, (string?)null).SetProperty(f => f.ToImprove, (string?)null)
            .SetProperty(f => f.OtherNeed, (string?)null), ct);
        await db.Bookings.Where(b => b.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Note, (string?)null).SetProperty(b => b.CancellationReason, (string?)null)
            .SetProperty(b => b.AccessNeeds, (string?)null).SetProperty(b => b.DietaryNeeds, (string?)null), ct);
        await db.BookingTransitions.Where(t => bookings.Contains(t.BookingId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Reason, (string?)null), ct);
        await db.TrainerRecordNotes.Where(n => n.AuthorPersonId == personId || n.TrainerPersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, Replacement), ct);
        await db.QaObservations.Where(o => o.ObservedPersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DevelopmentActions, (string?)null), ct);
        await db.QaCriterionRatings.Where(r => db.QaObservations.Any(o => o.Id == r.QaObservationId && o.ObservedPersonId == personId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Evidence, Replacement), ct);
    }
}
