using Bogus;
using Person = TrainingHub.Web.Data.Entities.Person;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// Small builders over Bogus: each test states only what it cares about. Names are plain letters (an apostrophe or
/// accent is HTML-encoded on a page, and a test not about names must not depend on which one it drew); tests about
/// awkward names give them on purpose. Names follow each portal's own seeded draw, so they do not depend on which
/// other tests ran beside it; codes and emails are numbered across the run, as two portals may share a database.
/// </summary>
public sealed class TestData(PortalFactory factory)
{
    private static int sequence;
    private Faker Faker => factory.DataFaker;

    public Task<Place> PlaceAsync(string? commissionerCode = null, string? name = null) => factory.WithDbAsync(async db =>
    {
        var n = Interlocked.Increment(ref sequence);
        var ics = db.IntegratedCareSystems.FirstOrDefault() ?? db.IntegratedCareSystems.Add(new IntegratedCareSystem { Name = "Test ICS", Code = "QXX" }).Entity;
        var place = new Place { Name = name ?? $"Place {n}", CommissionerCode = commissionerCode ?? $"T{n:00}", IntegratedCareSystem = ics };
        db.Places.Add(place);
        await db.SaveChangesAsync();
        return place;
    });

    public Task<Practice> PracticeAsync(int placeId, string? odsCode = null, string? name = null, PracticeStatus status = PracticeStatus.Active) =>
        factory.WithDbAsync(async db =>
        {
            var n = Interlocked.Increment(ref sequence);
            var place = await db.Places.FindAsync(placeId) ?? throw new InvalidOperationException("No such place");
            var practice = new Practice
            {
                OdsCode = odsCode ?? $"X{n:00000}", Name = name ?? $"{StreetName()} Surgery".ToUpperInvariant(),
                CommissionerCode = place.CommissionerCode, PlaceId = placeId, Status = status, Postcode = $"OX{n % 9 + 1} {n % 9}AB",
                UpdatedAt = factory.Now(),
            };
            db.Practices.Add(practice);
            await db.SaveChangesAsync();
            return practice;
        });

    /// <summary>A person with a sign-in account and the given granted roles (none: an attendee).</summary>
    public async Task<Person> PersonAsync(int? practiceId = null, ProfessionalRole role = ProfessionalRole.PracticeNurse, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var n = Interlocked.Increment(ref sequence);
        var (given, family) = PlainName();
        var person = new Person
        {
            GivenName = given, FamilyName = family, WorkEmail = $"{given.ToLowerInvariant()}.{n}@test.nhs.example",
            ProfessionalRole = role, PracticeId = practiceId, CreatedAt = factory.Now(),
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        var user = new PortalUser { UserName = person.WorkEmail, Email = person.WorkEmail, EmailConfirmed = true, PersonId = person.Id };
        Check(await users.CreateAsync(user));
        foreach (var r in roles) Check(await users.AddToRoleAsync(user, r));
        return person;
    }

    private string StreetName()
    {
        lock (Faker)
            return Plain(() => Faker.Address.StreetName().Replace(" ", ""));
    }

    private (string Given, string Family) PlainName()
    {
        lock (Faker)
            return (Plain(() => Faker.Name.FirstName()), Plain(() => Faker.Name.LastName()));
    }

    private static string Plain(Func<string> draw)
    {
        while (true)
            if (draw() is var name && name.All(char.IsAsciiLetter)) return name;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
