using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Domain.Events;

/// <summary>A person who could deliver: whether they hold the Trainer role and the accreditations they hold.</summary>
public sealed record TrainerStanding(int PersonId, string Name, bool HasTrainerRole, IReadOnlyList<AccreditationSpan> Accreditations);

public sealed record Interval(DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public bool Overlaps(Interval other) => StartsAt < other.EndsAt && other.StartsAt < EndsAt;
}

/// <summary>A session the trainer already delivers on another event.</summary>
public sealed record Commitment(int PersonId, string EventTitle, Interval Session);

public sealed record ProposedTrainer(int Row, TrainerStanding Trainer, TrainerRole Role);

/// <summary>A problem with one row of the allocation (Row is null when it concerns the allocation as a whole).</summary>
public sealed record AllocationProblem(int? Row, string Message);

/// <summary>
/// The allocation rules: one lead at most, and only a trainer accredited on every session day leads; anyone not
/// accredited (a trainee) co-delivers only beside an accredited lead; nobody is allocated twice or to sessions that overlap sessions they already deliver.
/// </summary>
public static class TrainerAllocationRules
{
    public static IReadOnlyList<AllocationProblem> Check(
        IReadOnlyList<ProposedTrainer> proposed, string? requiredAccreditation,
        IReadOnlyList<Interval> sessions, IReadOnlyList<Commitment> otherCommitments)
    {
        var problems = new List<AllocationProblem>();
        var days = sessions.Select(s => LondonTime.DateOf(s.StartsAt)).Distinct().ToList();
        bool Accredited(TrainerStanding t) =>
            t.HasTrainerRole && AccreditationRules.IsAccreditedFor(t.Accreditations, requiredAccreditation, days);
        var leads = proposed.Where(p => p.Role == TrainerRole.Lead).ToList();
        if (leads.Count > 1) problems.Add(new(leads[1].Row, "Choose only one lead trainer"));
        foreach (var p in proposed)
        {
            if (proposed.First(q => q.Trainer.PersonId == p.Trainer.PersonId) != p)
                problems.Add(new(p.Row, $"{p.Trainer.Name} is allocated more than once"));
            else if (!p.Trainer.HasTrainerRole)
                problems.Add(new(p.Row, $"{p.Trainer.Name} is not a trainer"));
            else if (p.Role == TrainerRole.Lead && !Accredited(p.Trainer))
                problems.Add(new(p.Row, $"{p.Trainer.Name} is not accredited to lead this event on every session day, so can only co-deliver"));
            else if (!Accredited(p.Trainer) && !leads.Any(l => Accredited(l.Trainer)))
                problems.Add(new(p.Row, $"{p.Trainer.Name} is not accredited for this event on every session day, so can co-deliver only beside an accredited lead trainer"));
            if (Clash(p.Trainer.PersonId, sessions, otherCommitments) is { } clash)
                problems.Add(new(p.Row, $"{p.Trainer.Name} already delivers {clash.EventTitle} at an overlapping time ({LondonTime.Describe(clash.Session.StartsAt, clash.Session.EndsAt)})"));
        }
        return problems;
    }

    /// <summary>
    /// How a trainer stands for this event, shown beside their name before saving: accredited for its type on every
    /// session day (and until when), not accredited for it, or a trainee (no accreditation valid today); and any
    /// clash with a session they already deliver.
    /// </summary>
    public static string Standing(TrainerStanding trainer, string? requiredAccreditation, IReadOnlyList<Interval> sessions,
        IReadOnlyList<Commitment> otherCommitments, DateOnly today, bool typeChosen = true)
    {
        var days = sessions.Select(s => LondonTime.DateOf(s.StartsAt)).Distinct().ToList();
        var trainee = !trainer.Accreditations.Any(a => a.IsValidOn(today));
        var standing = !typeChosen ? (trainee ? "trainee" : "accredited: choose the type of event to see for what")
            : requiredAccreditation is null ? "any trainer may lead this type"
            : AccreditationRules.IsAccreditedFor(trainer.Accreditations, requiredAccreditation, days)
                ? $"accredited for this type until {trainer.Accreditations.Where(a => a.Slug == requiredAccreditation).Max(a => a.ValidUntil):d MMMM yyyy}"
            : !trainee ? $"not accredited for this type{(days.Count > 0 ? " on every session day" : "")}"
            : "trainee";
        return Clash(trainer.PersonId, sessions, otherCommitments) is { } clash
            ? $"{standing}; clashes with {clash.EventTitle} ({LondonTime.Describe(clash.Session.StartsAt, clash.Session.EndsAt)})"
            : standing;
    }

    public static Commitment? Clash(int personId, IReadOnlyList<Interval> sessions, IReadOnlyList<Commitment> commitments) =>
        commitments.FirstOrDefault(c => c.PersonId == personId && sessions.Any(s => s.Overlaps(c.Session)));
}
