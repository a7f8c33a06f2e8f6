using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Data;

/// <summary>The production path: the whole portal on a real PostgreSQL server, with Hangfire's storage in the same database.</summary>
public sealed class PostgreSqlPortalTests() : PostgreSqlPortal(jobs: true)
{
    [Fact]
    public async Task On_postgresql_the_portal_migrates_runs_its_job_server_on_postgresql_and_serves_the_register()
    {
        var (status, body) = await Health.WaitForHealthyAsync(Factory.CreateAnonymousClient());
        using var json = JsonDocument.Parse(body);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Contains("PostgreSQL", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        var jobs = json.RootElement.GetProperty("checks").GetProperty("jobs");
        Assert.Equal("Healthy", jobs.GetProperty("status").GetString());
        Assert.Contains("PostgreSQL, schema 'hangfire'", jobs.GetProperty("description").GetString());

        var servers = await Factory.WithDbAsync(db =>
            db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.server").SingleAsync());
        Assert.Equal(1, servers);
        var recurring = await Factory.WithDbAsync(db =>
            db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.set WHERE key = 'recurring-jobs'").SingleAsync());
        Assert.Equal(TrainingHub.Web.Jobs.PortalJobs.All.Length, recurring);

        var place = await Factory.Data.PlaceAsync("10Q", "Oxfordshire");
        await Factory.Data.PracticeAsync(place.Id, "K84032", "BARTLEMAS SURGERY");
        var lead = await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var page = await Factory.CreateClientFor(lead.Id).GetPageAsync("/Practices?Q=bartlemas");
        Assert.Contains("Bartlemas Surgery", page);
    }
}
