using System.Diagnostics;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Coverage;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// The national programme as a dataset for the benchmark (issue 12): England's GP practices from the ODS file and a
/// made-up programme around them at the sizes of <see cref="NationalSizes"/>, or a share of it (<see cref="NationalScale"/>).
/// Deterministic: the same seed, file and month give the same rows. Written straight to the database in batches.
/// </summary>
public sealed class NationalDataset(
    TrainingHubDbContext db, UserManager<PortalUser> users, CoverageSource coverage, TimeProvider clock, IHostEnvironment environment)
{
    public const int Seed = 2026;

    public async Task<int> SeedAsync(NationalScale scale, string? odsFile, TextWriter output, BurstSizes? bursts = null, CancellationToken ct = default)
    {
        if (environment.IsProduction())
            throw new InvalidOperationException("The national dataset and its demo accounts are never loaded in Production.");
        if (await db.Practices.AnyAsync(ct) || await db.People.AnyAsync(ct))
        {
            await output.WriteLineAsync("seed-national needs an empty database (migrated, with no practices or people).");
            return 1;
        }
        var total = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var run = new Run(db, output, new Faker("en_GB") { Random = new Randomizer(Seed) }, clock.GetUtcNow(), ct);
        await run.Writer.BeginAsync(ct);
        await run.PracticesAsync(scale, odsFile);
        await run.PeopleAsync();
        await run.EventsAndBookingsAsync();
        await run.FacilitationAsync();
        await run.CoverageAsync(coverage);
        await run.BurstsAsync(bursts ?? BurstSizes.None);
        await run.Writer.CompleteAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await AddAccountsAsync();
        await NationalBursts.AddAccountsAsync(db, users, bursts?.BookingAttempts ?? 0);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? SqlServerDialect.UpdateStatistics : "ANALYZE", ct);
        await output.WriteLineAsync($"National dataset ({scale.Name}) loaded in {total.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private async Task AddAccountsAsync()
    {
        foreach (var (email, _, _, role) in DemoProgramme.Accounts)
        {
            var personId = await db.People.Where(p => p.WorkEmail == email).Select(p => p.Id).SingleAsync();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId };
            var created = await users.CreateAsync(user, DemoProgramme.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            if (role is not null) await users.AddToRoleAsync(user, role);
        }
    }

    private sealed class Run(TrainingHubDbContext db, TextWriter output, Faker faker, DateTimeOffset now, CancellationToken ct)
    {
        private readonly NationalWorld world = new();
        private readonly DateOnly today = LondonTime.DateOf(now);
        private NationalSizes sizes = NationalSizes.England;
        private List<Practice> practices = [];

        public BulkWriter Writer { get; } = new(db);

        public async Task PracticesAsync(NationalScale scale, string? odsFile)
        {
            var all = NationalPractices.Read(odsFile);
            var rows = NationalPractices.Take(all, scale.Practices);
            sizes = NationalSizes.England.Share(rows.Count, all.Count);
            var systems = NationalPractices.Systems(rows);
            var places = NationalPractices.Places(rows, systems);
            practices = NationalPractices.Practices(rows, places, faker, now).ToList();
            world.PlaceIds.AddRange(places.Select(p => p.Id));
            world.PracticeIds.AddRange(practices.Select(p => p.Id));
            await Step("integrated care systems", () => Writer.InsertAsync(systems, ct));
            await Step("places", () => Writer.InsertAsync(places, ct));
            await Step("practices", () => Writer.InsertAsync(practices, ct));
        }

        public async Task PeopleAsync()
        {
            await Step("people", () => Writer.InsertAsync(NationalPeople.Generate(faker, practices, sizes, world, now), ct));
            await Step("role grants", () => Writer.InsertAsync(NationalPeople.Grants(world, now), ct));
        }

        public async Task EventsAndBookingsAsync()
        {
            var events = NationalEvents.Generate(faker, sizes, world, new DateOnly(today.Year, today.Month, 1), now);
            await Step("events", () => Writer.InsertAsync(events.Events, ct));
            await Step("event sessions", () => Writer.InsertAsync(events.Sessions, ct));
            await Step("event trainers", () => Writer.InsertAsync(events.Trainers, ct));
            var feedback = new NationalFeedback(Part(1), world);
            var feedbackRows = 0;
            await Step("bookings, transitions, attendance and feedback responses", async () =>
            {
                var rows = 0;
                foreach (var slice in new NationalBookings(faker, world, sizes).Slices())
                {
                    rows += await Writer.InsertAsync(slice.Bookings, ct);
                    rows += await Writer.InsertAsync(slice.Transitions, ct);
                    rows += await Writer.InsertAsync(slice.Attendance, ct);
                    feedbackRows += await Writer.InsertAsync(feedback.For(slice.Bookings), ct);
                }
                return rows + feedbackRows;
            });
            await output.WriteLineAsync($"  of which feedback responses: {feedbackRows:N0} rows");
            var qa = NationalTrainerQa.Generate(Part(2), world, events.Trainers, now);
            await Step("QA observations", () => Writer.InsertAsync(qa.Observations, ct));
            await Step("QA criterion ratings", () => Writer.InsertAsync(qa.Ratings, ct));
            await Step("trainer accreditations", () => Writer.InsertAsync(qa.Accreditations, ct));
        }

        public async Task CoverageAsync(CoverageSource source)
        {
            var practices = await source.PracticesAsync(ct);
            var completions = await source.CompletionsAsync(ct);
            await Step("coverage snapshots", () => Writer.InsertAsync(NationalCoverage.Snapshots(practices, completions, world.PlaceIds, today, now), ct));
        }

        public async Task BurstsAsync(BurstSizes bursts)
        {
            if (bursts == BurstSizes.None) return;
            await Step("burst events, attendees and bookings", () => new NationalBursts(db, Writer, now, ct).AddAsync(bursts, practices[0].Id, practices[0].PlaceId));
        }

        /// <summary>A part added later draws from its own stream, so the parts before it stay as they were.</summary>
        private static Faker Part(int part) => new("en_GB") { Random = new Randomizer(Seed + part) };

        public async Task FacilitationAsync()
        {
            await Step("caseloads", () => Writer.InsertAsync(NationalFacilitation.Caseloads(world, today.AddYears(-4), now), ct));
            await Step("practice journeys", () => Writer.InsertAsync(NationalFacilitation.Journeys(faker, world, now), ct));
            await Step("practice visits", () => Writer.InsertAsync(NationalFacilitation.Visits(faker, world, sizes.Visits, today, now), ct));
            await Step("fidelity reviews", () => Writer.InsertAsync(NationalFacilitation.Reviews(faker, world, sizes.FidelityReviews, today, now), ct));
            await Step("fidelity ratings", () => Writer.InsertAsync(NationalFacilitation.Ratings(faker, sizes.FidelityReviews), ct));
        }

        private async Task Step(string what, Func<Task<int>> write)
        {
            var watch = Stopwatch.StartNew();
            var rows = await write();
            await output.WriteLineAsync($"  {what}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        }
    }
}
