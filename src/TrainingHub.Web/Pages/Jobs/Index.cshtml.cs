using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Jobs;

/// <summary>The recurring jobs for programme leads: schedule, last and next run, last outcome, and run now.</summary>
public sealed class IndexModel(JobSchedules schedules) : PortalPageModel
{
    public IReadOnlyList<JobRow> Rows { get; private set; } = [];
    public bool SchedulerRunning { get; private set; }
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await schedules.ListAsync(cancellationToken);
        SchedulerRunning = await schedules.SchedulerRunningAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRunAsync(string? job, CancellationToken cancellationToken)
    {
        Notice = job is not null && await schedules.RunNowAsync(job, cancellationToken)
            ? $"'{job}' will run now. Refresh the page to see its outcome."
            : "There is no such job.";
        return RedirectToPage();
    }
}
