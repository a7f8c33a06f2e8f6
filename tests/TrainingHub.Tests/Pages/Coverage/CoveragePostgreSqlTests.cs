using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Coverage;

/// <summary>Snapshots and reports on the production database: a database of its own on the test PostgreSQL server.</summary>
public sealed class CoveragePostgreSqlTests : PostgreSqlPortal
{
    [Fact]
    public async Task The_nightly_job_and_a_backfill_recording_the_same_days_at_once_leave_one_snapshot_per_place_and_day()
    {
        var places = new[] { await Factory.Data.PlaceAsync(), await Factory.Data.PlaceAsync() };
        foreach (var place in places) await Factory.Data.PracticeAsync(place.Id);
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 1, 10);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var scope = Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<CoverageSnapshots>().RecordAsync(from, to);
        }));

        var perDay = await Factory.WithDbAsync(db => db.CoverageSnapshots.GroupBy(s => new { s.PlaceId, s.TakenOn }).Select(g => g.Count()).ToListAsync());
        Assert.Equal(20, perDay.Count);
        Assert.All(perDay, n => Assert.Equal(1, n));
        Assert.All(await Factory.WithDbAsync(db => db.CoverageSnapshots.Select(s => s.ActivePractices).ToListAsync()), n => Assert.Equal(1, n));
    }

    [Fact]
    public Task On_postgresql_the_delivery_counts_agree_with_the_rule_across_years_places_and_roles() =>
        DeliveryCountCheck.DatabaseCountsAgreeWithTheRuleAsync(Factory);

    [Fact]
    public Task On_postgresql_fidelity_counts_the_latest_completed_review_of_each_active_practice() =>
        DeliveryCountCheck.FidelityCountsTheLatestCompletedReviewOfEachActivePracticeAsync(Factory);

    [Fact]
    public async Task The_pages_and_api_answer_on_postgresql()
    {
        var place = await Factory.Data.PlaceAsync();
        await Factory.Data.PracticeAsync(place.Id);
        var lead = await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = Factory.CreateClientFor(lead.Id);
        foreach (var path in new[] { "/Coverage", "/Delivery", "/api/coverage", "/api/delivery", "/Coverage?handler=Xlsx" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        using var scope = Factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().QueueAsync());
    }
}
