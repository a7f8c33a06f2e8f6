using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Data.Entities.Trainers;

/// <summary>An assessor's quality-assurance observation of a trainer delivering an event.</summary>
public class QaObservation
{
    public long Id { get; set; }
    public int ObservedPersonId { get; set; }
    public Person? ObservedPerson { get; set; }
    public int AssessorPersonId { get; set; }
    public Person? AssessorPerson { get; set; }
    public int ProgrammeEventId { get; set; }
    public Events.ProgrammeEvent? ProgrammeEvent { get; set; }
    /// <summary>The accreditation the delivery shows (the event type's required accreditation, or its own slug).</summary>
    public required string AccreditationSlug { get; set; }
    public DateOnly ObservedOn { get; set; }
    public QaOutcome Outcome { get; set; }
    /// <summary>Markdown.</summary>
    public string? DevelopmentActions { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<QaCriterionRating> Ratings { get; set; } = [];
}

public class QaCriterionRating
{
    public long Id { get; set; }
    public long QaObservationId { get; set; }
    public QaCriterion Criterion { get; set; }
    public QaRating Rating { get; set; }
    /// <summary>Markdown.</summary>
    public required string Evidence { get; set; }
}

/// <summary>A comment on a trainer's record, by the trainer or a programme lead.</summary>
public class TrainerRecordNote
{
    public long Id { get; set; }
    public int TrainerPersonId { get; set; }
    public int AuthorPersonId { get; set; }
    public Person? Author { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}

/// <summary>
/// One row per trainer, bumped inside the transaction that saves an allocation: the row lock makes two leads
/// allocating the same trainer at once take turns, so the second sees the first's sessions before it saves.
/// </summary>
public class TrainerDiary
{
    public int PersonId { get; set; }
    public int Version { get; set; }
}
