namespace TrainingHub.Web.Data.Entities.PersonalData;

public enum PersonalDataRequestKind { Access = 0, Erasure = 1 }

/// <summary>A lead acting on a person's request about their data: who acted, when, for whom. Never edited.</summary>
public class PersonalDataRequest
{
    public long Id { get; set; }
    public PersonalDataRequestKind Kind { get; set; }
    public int PersonId { get; set; }
    public int ActedByPersonId { get; set; }
    public DateTimeOffset At { get; set; }
}
