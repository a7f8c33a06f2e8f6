using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Bookings;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The portal (on SQLite, with the demo programme) is walked through the booking path, the registers and the four
/// reports while every LINQ query it runs is written down; each is then translated again for SQL Server, its
/// commands stopped before they would be sent, and each command parsed as T-SQL 160. EF refuses a query it cannot
/// translate (it evaluates on the client only a final projection of rows already read), so a query that reaches a
/// command was translated whole.
/// </summary>
// xunit makes the class fixture (the walk) before the first test whether or not the constructor asks for it.
public sealed class SqlServerQueriesTests : IClassFixture<SqlServerQueriesTests.Walk>
{
    [Fact]
    public Task Every_query_of_the_booking_path_translates_for_sql_server_into_t_sql_that_parses() =>
        AssertTranslatedAsync(Walk.Booking, "Bookings", "ProgrammeEvents");

    [Fact]
    public Task Every_query_of_the_registers_translates_for_sql_server_into_t_sql_that_parses() =>
        AssertTranslatedAsync(Walk.Registers, "SessionAttendance", "Bookings");

    [Fact]
    public Task Every_query_of_the_four_reports_translates_for_sql_server_into_t_sql_that_parses() =>
        AssertTranslatedAsync(Walk.Reports, "FeedbackResponses", "CoverageSnapshots", "EventTrainers", "Practices");

    private async Task AssertTranslatedAsync(string part, params string[] tablesRead)
    {
        var queries = QueryCapture.Of(part);
        Assert.True(queries.Count >= 10, $"Only {queries.Count} queries were run for {part}: the walk did not reach the pages");
        var failures = new List<string>();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            try
            {
                var commands = await QueryCapture.TranslateForSqlServerAsync(query);
                if (commands.Count == 0) failures.Add($"No command for {query.Expression}");
                foreach (var command in commands)
                    tables.UnionWith(TSql.All<NamedTableReference>(TSql.Parse(command)).Select(t => TSql.Name(t.SchemaObject)));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"{query.Expression}\n  {e.GetBaseException().Message}");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add($"{query.Expression}\n  {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {queries.Count} {part} queries failed on SQL Server:\n" + string.Join("\n", failures));
        Assert.All(tablesRead, t => Assert.Contains(t, tables));
    }

    /// <summary>One walk through the portal for the whole class: the demo programme, then each part in turn.</summary>
    public sealed class Walk : IAsyncLifetime
    {
        public const string Booking = "booking path", Registers = "registers", Reports = "reports";
        private readonly CapturingPortal portal = new();

        public async Task InitializeAsync()
        {
            portal.With("Database:SeedDemoData", "true").With("Jobs:Enabled", "false").OnTestClock();
            QueryCapture.Part = "setup";
            var lead = await portal.LeadAsync();
            var trainer = await portal.TrainerAsync();
            var practice = await portal.PracticeAsync();
            var people = await portal.StaffAsync(practice.Id, 3);
            var bookable = await portal.BookableEventAsync(capacity: 1);
            var delivered = await portal.EventWithSessionsAsync(portal.DaysAgo(1), trainerId: trainer.Id);
            var attendees = await portal.StaffAsync(practice.Id, 3);
            var onRegister = new List<int>();
            foreach (var person in attendees) onRegister.Add((await portal.BookingAsync(delivered.Id, person.Id, practice.Id)).Id);

            QueryCapture.Part = Booking;
            await BookingPathAsync(bookable.Id, people.Select(p => portal.CreateClientFor(p.Id)).ToList(), portal.CreateClientFor(lead.Id));
            QueryCapture.Part = Registers;
            await RegistersAsync(portal.CreateClientFor(trainer.Id), portal.CreateClientFor(lead.Id), delivered.Sessions[0].Id, onRegister);
            QueryCapture.Part = Reports;
            await ReportsAsync(portal.CreateClientFor(lead.Id));
            QueryCapture.Part = "done";
        }

        private async Task BookingPathAsync(int eventId, List<HttpClient> people, HttpClient lead)
        {
            await people[0].GetPageAsync("/Events");
            await people[0].GetPageAsync($"/Events/Details/{eventId}");
            var ids = new List<int>();
            foreach (var person in people) ids.Add(BookingsTestData.BookingIdFrom(await person.BookAsync(eventId))!.Value);
            await people[0].GetPageAsync("/Bookings");
            await people[0].GetPageAsync($"/Bookings/Details/{ids[0]}");
            await Ok(people[0].PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { Reason = "Clinic clash" }));
            await Ok(people[1].PostFormAsync($"/Bookings/Details/{ids[1]}", new { }, $"/Bookings/Details/{ids[1]}?handler=Accept"));
            await Ok(people[2].PostFormAsync($"/Bookings/Cancel/{ids[2]}", new { }));
            await lead.GetPageAsync($"/Bookings/Attendees/{eventId}");
            using var scope = portal.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<OfferSweep>().RunAsync();
        }

        private static async Task RegistersAsync(HttpClient trainer, HttpClient lead, int sessionId, List<int> bookings)
        {
            await trainer.GetPageAsync("/Register");
            await trainer.GetPageAsync($"/Register/Session/{sessionId}?all=true");
            await Ok(trainer.PostFormAsync($"/Register/Session/{sessionId}", AttendanceTestData.RegisterFields(bookings, bookings.Take(2))));
            await Ok(trainer.PostFormAsync($"/Register/Session/{sessionId}",
                [new("bookingId", bookings[2].ToString()), new("present", "true")], $"/Register/Session/{sessionId}?handler=Mark"));
            await lead.GetPageAsync("/Register/Absences");
            await lead.GetPageAsync("/Register");
            await trainer.GetPageAsync($"/Register/Code/{sessionId}");
            await trainer.GetPageAsync($"/Register/WalkIn/{sessionId}?q=surgery");
        }

        private static async Task ReportsAsync(HttpClient lead)
        {
            foreach (var page in new[] { "/Coverage", "/Delivery", "/Feedback/Reports", "/Trainers", "/api/coverage", "/api/delivery" })
                await lead.GetPageAsync(page);
        }

        private static async Task Ok(Task<HttpResponseMessage> post)
        {
            var response = await post;
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}");
        }

        public Task DisposeAsync()
        {
            portal.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The portal as every test runs it, with its queries written down.</summary>
    private sealed class CapturingPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<SqliteTrainingHubDbContext>(o => QueryCapture.Capture(o)));
        }
    }
}
