using Bogus;
using Person = TrainingHub.Web.Data.Entities.Person;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Practices;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Demo;

/// <summary>
/// The Thames Valley programme as demo data: its four places with their real GP practices (from the ODS file
/// rows kept beside this class), about 600 made-up practice staff, and a signed-in account for every role.
/// Deterministic: the same seed gives the same people every time.
/// </summary>
public sealed class DemoProgramme(
    TrainingHubDbContext db, PracticeImporter importer, UserManager<PortalUser> users, TimeProvider clock, IHostEnvironment environment)
{
    public const string Password = "TrainingHub-demo-1";
    public static readonly (string Email, string Given, string Family, string? Role)[] Accounts =
    [
        ("lead@nhs.example", "Julia", "Coleman", PortalRoles.ProgrammeLead),
        ("trainer@nhs.example", "Tom", "Reid", PortalRoles.Trainer),
        ("facilitator@nhs.example", "Fatima", "Shah", PortalRoles.Facilitator),
        ("attendee@nhs.example", "Amy", "Nolan", null),
    ];

    private static readonly (string Code, string Name)[] Places =
    [
        ("14Y", "Buckinghamshire"), ("10Q", "Oxfordshire"), ("15A", "Berkshire West"), ("15D", "Berkshire East"),
    ];

    public async Task SeedAsync(bool force, TextWriter output)
    {
        // The demo accounts share a published password: they must never exist where real people sign in.
        if (environment.IsProduction())
            throw new InvalidOperationException("Demo data and its accounts are never loaded in Production.");
        if (!force && await db.Practices.AnyAsync()) return;
        if (await db.People.AnyAsync(p => p.WorkEmail == Accounts[0].Email))
        {
            await output.WriteLineAsync("Demo data is already loaded.");
            return;
        }

        // A made-up history sends nobody a message about it.
        using var quiet = Messages.MessagesWithChanges.Quiet(db);
        await SeedPlacesAndPracticesAsync();
        var faker = new Faker("en_GB") { Random = new Randomizer(2014) };
        var practices = await db.Practices.Where(p => p.Status == PracticeStatus.Active).OrderBy(p => p.OdsCode).ToListAsync();
        DescribeImplementation(faker, practices);
        await AddNetworksAsync(practices);
        AddPracticeStaff(faker, practices);
        await db.SaveChangesAsync();
        await AddAccountsAsync(faker, practices);
        await new DemoBookings(db, clock).SeedAsync();
        await new DemoTrainers(db, users, clock).SeedAsync(Accounts[1].Email, Accounts[0].Email);
        await new DemoHistory(db, clock).SeedAsync(Accounts[3].Email);
        await new DemoFacilitation(db, clock).SeedAsync(Accounts[2].Email, Accounts[0].Email);
        await RecordCoverageHistoryAsync();
        await output.WriteLineAsync($"Demo programme loaded: {practices.Count} active practices, {await db.People.CountAsync()} people.");
    }

    /// <summary>A snapshot at each month's start over the history, as the nightly job would have left them, so the trend has a line.</summary>
    private async Task RecordCoverageHistoryAsync()
    {
        var snapshots = new CoverageSnapshots(db, new CoverageSource(db), clock);
        var today = LondonTime.DateOf(clock.GetUtcNow());
        for (var day = new DateOnly(today.Year, today.Month, 1).AddMonths(-23); day < today; day = day.AddMonths(1)) await snapshots.RecordAsync(day, day);
        await snapshots.RecordAsync(today, today);
    }

    private async Task SeedPlacesAndPracticesAsync()
    {
        var ics = await db.IntegratedCareSystems.FirstOrDefaultAsync(i => i.Code == "Q87")
                  ?? db.IntegratedCareSystems.Add(new IntegratedCareSystem { Name = "Thames Valley", Code = "Q87" }).Entity;
        foreach (var (code, name) in Places)
        {
            if (!await db.Places.AnyAsync(p => p.CommissionerCode == code))
                db.Places.Add(new Place { Name = name, CommissionerCode = code, IntegratedCareSystem = ics });
        }
        await db.SaveChangesAsync();

        await using var stream = typeof(DemoProgramme).Assembly.GetManifestResourceStream("TrainingHub.Web.Demo.thames-valley-epraccur.csv")!;
        using var reader = new StreamReader(stream);
        await importer.ImportAsync(reader, Places.Select(p => p.Code), dryRun: false);
    }

    private static void DescribeImplementation(Faker faker, List<Practice> practices)
    {
        var conditions = Enum.GetValues<LongTermConditions>().Where(c => c != LongTermConditions.None).ToArray();
        foreach (var practice in practices)
        {
            practice.ConditionsInScope = LongTermConditions.Diabetes |
                faker.PickRandom(conditions, faker.Random.Int(0, 3)).Aggregate(LongTermConditions.None, (a, c) => a | c);
            practice.EnhancedServiceLevel = faker.PickRandom<EnhancedServiceLevel>();
        }
    }

    private static readonly string[] NetworkNames = ["North", "South", "East", "West", "Central", "Rural"];

    /// <summary>Each place's practices in primary care networks of about eight, in ODS code order, so coverage has PCNs to show.</summary>
    private async Task AddNetworksAsync(List<Practice> practices)
    {
        var placeNames = await db.Places.ToDictionaryAsync(p => p.Id, p => p.Name);
        foreach (var inPlace in practices.GroupBy(p => p.PlaceId).OrderBy(g => g.Key).Select(g => g.ToList()))
        {
            var placeId = inPlace[0].PlaceId;
            var count = Math.Max(1, (int)Math.Ceiling(inPlace.Count / 8.0));
            var networks = Enumerable.Range(0, count).Select(i => new PrimaryCareNetwork
            {
                PlaceId = placeId, Code = $"U{placeId * 1000 + i + 1:00000}",
                Name = $"{placeNames[placeId]} {NetworkNames[i % NetworkNames.Length]}{(i >= NetworkNames.Length ? $" {i / NetworkNames.Length + 1}" : "")} PCN",
            }).ToList();
            db.PrimaryCareNetworks.AddRange(networks);
            for (var i = 0; i < inPlace.Count; i++) inPlace[i].PrimaryCareNetwork = networks[i * count / inPlace.Count];
        }
    }

    private void AddPracticeStaff(Faker faker, List<Practice> practices)
    {
        var roles = new[]
        {
            ProfessionalRole.GeneralPractitioner, ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse,
            ProfessionalRole.HealthcareAssistant, ProfessionalRole.PracticeManager, ProfessionalRole.Pharmacist,
        };
        var now = clock.GetUtcNow();
        var emails = new HashSet<string>();
        foreach (var practice in practices)
        {
            var count = faker.Random.Int(2, 4);
            for (var i = 0; i < count; i++)
            {
                var given = faker.Name.FirstName();
                var family = faker.Name.LastName();
                var email = UniqueEmail(emails, given, family);
                db.People.Add(new Person
                {
                    GivenName = given, FamilyName = family, WorkEmail = email,
                    ProfessionalRole = i == 0 ? ProfessionalRole.PracticeManager : faker.PickRandom(roles),
                    Practice = practice, CreatedAt = now,
                });
            }
        }
    }

    private async Task AddAccountsAsync(Faker faker, List<Practice> practices)
    {
        var nurse = practices[faker.Random.Int(0, practices.Count - 1)];
        foreach (var (email, given, family, role) in Accounts)
        {
            var person = new Person
            {
                GivenName = given, FamilyName = family, WorkEmail = email, CreatedAt = clock.GetUtcNow(),
                ProfessionalRole = role is null ? ProfessionalRole.PracticeNurse : ProfessionalRole.OtherClinical,
                Practice = role is null ? nurse : null,
                Organisation = role is null ? null : "Thames Valley Person-Centred Care Programme",
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            if (role is null) continue;
            await users.AddToRoleAsync(user, role);
            // Recorded like any grant, so the demo roles show (and can be revoked) on People pages.
            db.RoleGrants.Add(new RoleGrant
            {
                PersonId = person.Id, Role = role, ScopeKey = RoleGrant.ScopeKeyFor(null), GrantedAt = clock.GetUtcNow(), GrantedByPersonId = person.Id,
            });
            await db.SaveChangesAsync();
        }
    }

    private static string UniqueEmail(HashSet<string> taken, string given, string family)
    {
        var stem = $"{given}.{family}".ToLowerInvariant().Replace(' ', '-').Replace("'", "");
        var email = $"{stem}@nhs.example";
        for (var n = 2; !taken.Add(email); n++) email = $"{stem}{n}@nhs.example";
        return email;
    }
}
