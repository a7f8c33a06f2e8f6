using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Jobs;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Jobs;

/// <summary>The jobs page is the Hangfire Dashboard (who may open it is in the authorization matrix).</summary>
public sealed class JobsDashboardTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_lead_sees_every_recurring_job_and_the_page_alone_allows_inline_style()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);

        var response = await client.GetAsync("/Jobs/recurring");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("input[name='jobs[]']")?.GetAttribute("value")).OfType<string>().ToList();
        Assert.Equal(PortalJobs.All.Length, listed.Count);
        Assert.Contains(WeeklyDigestJob.Id, listed);
        Assert.Equal(JobsDashboard.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", JobsDashboard.ContentSecurityPolicy);
        var outbox = await client.GetAsync("/Outbox");
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, outbox.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeadersMiddleware.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Trigger_now_without_the_antiforgery_token_is_refused_and_with_it_runs_the_job()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);
        var form = new FormUrlEncodedContent([new("jobs[]", WeeklyDigestJob.Id)]);

        var forged = await client.PostAsync("/Jobs/recurring/trigger", form);
        Assert.False(forged.IsSuccessStatusCode, $"{(int)forged.StatusCode}");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/Jobs/recurring"));
        string Meta(string name) => page.QuerySelector($"meta[name='{name}']")!.GetAttribute("content")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Jobs/recurring/trigger") { Content = form };
        request.Headers.Add(Meta("csrf-header"), Meta("csrf-token"));
        var triggered = await client.SendAsync(request);
        Assert.True(triggered.IsSuccessStatusCode, $"{(int)triggered.StatusCode} {await triggered.Content.ReadAsStringAsync()} forged {(int)forged.StatusCode}");

        for (var i = 0; i < 600 && await factory.WithDbAsync(db => db.Notifications.CountAsync()) == 0; i++) await Task.Delay(50);
        var digest = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((WeeklyDigest.Kind, lead.Id), (digest.Kind, digest.RecipientPersonId));
    }
}
