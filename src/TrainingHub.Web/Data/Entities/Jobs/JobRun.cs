namespace TrainingHub.Web.Data.Entities.Jobs;

/// <summary>The last run of one recurring job, whichever node ran it: what the jobs page shows as the last outcome.</summary>
public class JobRun
{
    /// <summary>The Quartz job key, "group.name".</summary>
    public required string JobKey { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public bool Succeeded { get; set; }
    public string? Outcome { get; set; }
}
