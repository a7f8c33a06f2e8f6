using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Messages;

public sealed class JobsPageTests
{
    [Fact]
    public async Task A_lead_sees_each_recurring_job_with_its_schedule_and_runs_one_now_and_sees_its_outcome()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true");
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        var page = await client.GetStringAsync("/Jobs");
        Assert.Contains("notifications.outbox-dispatch", page);
        Assert.Contains("notifications.booking-messages", page);
        Assert.Contains("notifications.facilitation-reminders", page);
        Assert.Contains("0 0 7 * * ? (Europe/London)", page);

        var response = await client.PostFormAsync("/Jobs", new Dictionary<string, string>(), "/Jobs?handler=Run&job=notifications.facilitation-reminders");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var run = await WaitForRunAsync(factory, "notifications.facilitation-reminders");
        Assert.True(run.Succeeded, run.Outcome);
        Assert.Equal("0 queued", run.Outcome);
        Assert.Contains("0 queued", await client.GetStringAsync("/Jobs"));
    }

    [Fact]
    public async Task Asking_to_run_a_job_that_does_not_exist_says_so_and_runs_nothing()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "false");
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        await client.PostFormAsync("/Jobs", new Dictionary<string, string>(), "/Jobs?handler=Run&job=notifications.nothing");

        Assert.Contains("There is no such job.", await client.GetStringAsync("/Jobs"));
        Assert.Contains("The scheduler is not running here", await client.GetStringAsync("/Jobs"));
    }

    private static async Task<TrainingHub.Web.Data.Entities.Jobs.JobRun> WaitForRunAsync(PortalFactory factory, string key)
    {
        for (var i = 0; i < 200; i++)
        {
            var run = await factory.WithDbAsync(db => db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.JobKey == key && r.FinishedAt != null));
            if (run is not null) return run;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{key} did not run.");
    }
}
