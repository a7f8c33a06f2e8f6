namespace TrainingHub.Web.Data.Entities.Coverage;

/// <summary>
/// A place's coverage as it stood at the end of one day (London time). One per place and date: the nightly job
/// and the backfill both write it, and writing it again replaces it.
/// </summary>
public class CoverageSnapshot
{
    public int Id { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public DateOnly TakenOn { get; set; }
    public int ActivePractices { get; set; }
    public int Engaged { get; set; }
    public int Trained { get; set; }
    public int CliniciansTrained { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The percentage of active practices the programme aims to have trained (whole percent). One row (Id 1), edited by leads.</summary>
public class CoverageTarget
{
    public const int TheOne = 1;
    public const int Default = 95;

    public int Id { get; set; }
    public int Percent { get; set; }
    public int? UpdatedById { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
