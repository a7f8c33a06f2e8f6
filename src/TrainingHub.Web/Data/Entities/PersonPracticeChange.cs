using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Data.Entities;

/// <summary>How a person's practice or job role came to be set.</summary>
public enum PracticeChangeSource { Invitation = 0, StaffList = 1, Lead = 2, Themselves = 3, SelfRegistration = 4, WalkIn = 5 }

/// <summary>
/// One change of a person's practice or job role: from, to, who and when. A practice's former staff are the
/// people who moved away from it; the person's page shows the whole history.
/// </summary>
public class PersonPracticeChange
{
    public long Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>Null: no practice (programme staff), or the first record of someone new.</summary>
    public int? FromPracticeId { get; set; }
    public Practice? FromPractice { get; set; }
    public int? ToPracticeId { get; set; }
    public Practice? ToPractice { get; set; }
    /// <summary>Null on the first record of someone new.</summary>
    public ProfessionalRole? FromRole { get; set; }
    public ProfessionalRole ToRole { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Who made the change; the person themselves when they corrected it or registered.</summary>
    public int? ByPersonId { get; set; }
    public PracticeChangeSource Source { get; set; }
}
