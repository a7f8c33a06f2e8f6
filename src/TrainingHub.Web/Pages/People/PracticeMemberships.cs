using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.People;

public enum MembershipOutcome { Changed, Unchanged, NotFound, Refused }

/// <summary>A person's workplace as a form chooses it: a practice, or none (programme staff).</summary>
public sealed record Workplace(int? PracticeId, ProfessionalRole Role);

/// <summary>
/// Sets the practice and job role a person works in, and records every change (who, when, from, to). Bookings
/// still to be attended follow the person to their new practice, so a completion counts for the practice they
/// worked in when they completed; completed bookings keep the practice they were completed in.
/// </summary>
public sealed class PracticeMemberships(TrainingHubDbContext db, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock)
{
    private static readonly BookingState[] StillToAttend = [BookingState.Requested, BookingState.Booked, BookingState.Waitlisted, BookingState.Offered];

    /// <summary>Why the practice cannot be chosen today (not in the register, closed, left the area), or null when it can.</summary>
    public async Task<string?> WhyNotAsync(int? practiceId, CancellationToken ct = default)
    {
        if (practiceId is not { } id) return null;
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ChoosablePractice(p.Id, p.OdsCode, p.Name, p.Status, p.ClosedOn, p.LeftProgrammeOn)).FirstOrDefaultAsync(ct);
        return practice is null ? "Choose a practice from the register" : PracticeChoice.WhyNot(practice, LondonTime.DateOf(clock.GetUtcNow()));
    }

    /// <summary>Changes the person's workplace in a transaction of its own, or in the caller's when one is open.</summary>
    public async Task<(MembershipOutcome Outcome, string? Reason)> ChangeAsync(
        int personId, Workplace to, int? byPersonId, PracticeChangeSource source, CancellationToken ct = default)
    {
        if (await WhyNotAsync(to.PracticeId, ct) is { } refusal) return (MembershipOutcome.Refused, refusal);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (own)
        {
            var current = await db.People.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new Workplace(p.PracticeId, p.ProfessionalRole)).FirstOrDefaultAsync(ct);
            if (current is null) return (MembershipOutcome.NotFound, null);
            if (current == to) return (MembershipOutcome.Unchanged, null);
            // Only the request that still saw the workplace it read moves it, so two changes at once each record a true 'from'.
            var moved = await db.People.Where(p => p.Id == personId && p.PracticeId == current.PracticeId && p.ProfessionalRole == current.Role)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.PracticeId, to.PracticeId).SetProperty(p => p.ProfessionalRole, to.Role), ct);
            if (moved == 0) return (MembershipOutcome.Refused, "Someone else changed their practice or job role at the same moment: check it and try again");
            await db.Bookings.Where(b => b.PersonId == personId && b.CompletedAt == null && StillToAttend.Contains(b.State))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.PracticeId, to.PracticeId).SetProperty(b => b.ProfessionalRole, to.Role), ct);
            Record(personId, current, to, byPersonId, source);
            audit.Changed(typeof(Person), personId.ToString(), Columns(current), Columns(to));
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            return (MembershipOutcome.Changed, null);
        }
    }

    private static Dictionary<string, object?> Columns(Workplace workplace) => new()
    {
        [nameof(Person.PracticeId)] = workplace.PracticeId, [nameof(Person.ProfessionalRole)] = workplace.Role.ToString(),
    };

    /// <summary>The first record of someone new; saved with the caller's next save.</summary>
    public void RecordNew(Person person, int? byPersonId, PracticeChangeSource source) =>
        db.PersonPracticeChanges.Add(new PersonPracticeChange
        {
            Person = person, ToPracticeId = person.PracticeId, ToRole = person.ProfessionalRole,
            At = clock.GetUtcNow(), ByPersonId = byPersonId, Source = source,
        });

    private void Record(int personId, Workplace from, Workplace to, int? byPersonId, PracticeChangeSource source) =>
        db.PersonPracticeChanges.Add(new PersonPracticeChange
        {
            PersonId = personId, FromPracticeId = from.PracticeId, FromRole = from.Role, ToPracticeId = to.PracticeId, ToRole = to.Role,
            At = clock.GetUtcNow(), ByPersonId = byPersonId, Source = source,
        });
}
