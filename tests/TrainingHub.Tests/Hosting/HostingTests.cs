using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Demo;

namespace TrainingHub.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Health_reports_the_database_and_the_job_storage_and_that_this_node_processes_jobs()
    {
        using var factory = new PortalFactory().OnTestClock();
        var (status, body) = await Health.WaitForHealthyAsync(factory.CreateAnonymousClient());
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var jobs = checks.GetProperty("jobs");
        Assert.Equal("Healthy", jobs.GetProperty("status").GetString());
        Assert.Contains("In memory", jobs.GetProperty("description").GetString());
        Assert.Contains("This node processes jobs.", jobs.GetProperty("description").GetString());
        Assert.DoesNotContain(factory.DataDirectory, body);
    }

    [Fact]
    public async Task A_node_that_only_serves_pages_is_healthy_and_says_it_does_not_process_jobs()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
        var response = await factory.CreateAnonymousClient().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var jobs = json.RootElement.GetProperty("checks").GetProperty("jobs");
        Assert.Equal("Healthy", jobs.GetProperty("status").GetString());
        Assert.Contains("This node serves pages only (Jobs:Enabled is false)", jobs.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_sqlite_file_lives_in_the_data_directory_and_holds_no_scheduler_tables()
    {
        using var factory = new PortalFactory().OnTestClock();
        await factory.CreateAnonymousClient().GetAsync("/health");

        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "traininghub.db")));
        var schedulerTables = await factory.WithDbAsync(db =>
            db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE name LIKE 'QRTZ_%' OR name LIKE '%hangfire%' OR name = 'JobRuns'").SingleAsync());
        Assert.Equal(0, schedulerTables);
    }

    [Fact]
    public async Task The_error_page_gives_a_reference_that_matches_the_response_header()
    {
        using var factory = new PortalFactory().OnTestClock();
        var response = await factory.CreateAnonymousClient().GetAsync("/Error");
        var page = await response.Content.ReadAsStringAsync();
        var id = response.Headers.GetValues("X-Correlation-Id").Single();

        Assert.Contains("Sorry, there is a problem with the service", page);
        Assert.Contains(id, page);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_not_found_page_once_signed_in()
    {
        using var factory = new PortalFactory().OnTestClock();
        var person = await factory.Data.PersonAsync();

        // Anonymous visitors are asked to sign in first, so the portal's addresses are not probed from outside.
        var anonymous = await factory.CreateAnonymousClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/SignIn", anonymous.Headers.Location!.OriginalString);

        var response = await factory.CreateClientFor(person.Id).GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_demo_programme_loads_thames_valley_once_with_a_sign_in_for_each_role()
    {
        using var factory = new PortalFactory().With("Database:SeedDemoData", "true").OnTestClock();
        var client = factory.CreateAnonymousClient();
        await client.GetAsync("/health");

        var (places, active, staff, accounts) = await factory.WithDbAsync(async db => (
            await db.Places.CountAsync(),
            await db.Practices.CountAsync(p => p.Status == Web.Domain.Practices.PracticeStatus.Active),
            await db.People.CountAsync(p => p.PracticeId != null),
            // Demo trainers and trainees have accounts (roles) but no password: only the demo accounts can sign in.
            await db.Users.CountAsync(u => u.PasswordHash != null)));
        Assert.Equal(4, places);
        Assert.Equal(211, active);
        Assert.InRange(staff, 500, 800);
        Assert.Equal(DemoProgramme.Accounts.Length, accounts);

        var token = Forms.AntiforgeryToken(await client.GetPageAsync("/Account/SignIn"));
        var signIn = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(
        [
            new("Input.Email", "lead@nhs.example"), new("Input.Password", DemoProgramme.Password), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}
