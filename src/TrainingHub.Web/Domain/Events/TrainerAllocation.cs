namespace TrainingHub.Web.Domain.Events;

/// <summary>A person who could deliver: whether they hold the Trainer role and whether they are still a trainee.</summary>
public sealed record TrainerStanding(int PersonId, string Name, bool HasTrainerRole, bool IsTrainee);

/// <summary>
/// Who may lead an event type. Accreditation records arrive with the trainer quality-assurance work; until then
/// every Trainer who is not a trainee counts as accredited for every event type. This is the one rule to replace.
/// </summary>
public static class TrainerAccreditation
{
    public static bool IsAccreditedFor(TrainerStanding trainer, string? requiredAccreditation) =>
        trainer.HasTrainerRole && !trainer.IsTrainee;
}

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
/// The allocation rules: one lead at most, and only an accredited trainer leads; a trainee co-delivers only beside
/// an accredited lead; nobody is allocated twice or to sessions that overlap sessions they already deliver.
/// </summary>
public static class TrainerAllocationRules
{
    public static IReadOnlyList<AllocationProblem> Check(
        IReadOnlyList<ProposedTrainer> proposed, string? requiredAccreditation,
        IReadOnlyList<Interval> sessions, IReadOnlyList<Commitment> otherCommitments)
    {
        var problems = new List<AllocationProblem>();
        var leads = proposed.Where(p => p.Role == TrainerRole.Lead).ToList();
        if (leads.Count > 1) problems.Add(new(leads[1].Row, "Choose only one lead trainer"));
        foreach (var p in proposed)
        {
            if (proposed.First(q => q.Trainer.PersonId == p.Trainer.PersonId) != p)
                problems.Add(new(p.Row, $"{p.Trainer.Name} is allocated more than once"));
            else if (!p.Trainer.HasTrainerRole)
                problems.Add(new(p.Row, $"{p.Trainer.Name} is not a trainer"));
            else if (p.Role == TrainerRole.Lead && !TrainerAccreditation.IsAccreditedFor(p.Trainer, requiredAccreditation))
                problems.Add(new(p.Row, $"{p.Trainer.Name} is not accredited to lead this event, so can only co-deliver"));
            else if (p.Trainer.IsTrainee && !leads.Any(l => TrainerAccreditation.IsAccreditedFor(l.Trainer, requiredAccreditation)))
                problems.Add(new(p.Row, $"{p.Trainer.Name} is a trainee and can co-deliver only beside an accredited lead trainer"));
            if (Clash(p.Trainer.PersonId, sessions, otherCommitments) is { } clash)
                problems.Add(new(p.Row, $"{p.Trainer.Name} already delivers {clash.EventTitle} at an overlapping time ({LondonTime.Describe(clash.Session.StartsAt, clash.Session.EndsAt)})"));
        }
        return problems;
    }

    private static Commitment? Clash(int personId, IReadOnlyList<Interval> sessions, IReadOnlyList<Commitment> commitments) =>
        commitments.FirstOrDefault(c => c.PersonId == personId && sessions.Any(s => s.Overlaps(c.Session)));
}
