using Bogus;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using Person = TrainingHub.Web.Data.Entities.Person;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Practice staff spread over the practices, then the programme's trainers, facilitators and one lead. The first of
/// each kind carries a demo account's address (<see cref="DemoProgramme.Accounts"/>), so the benchmark signs in as
/// someone with real work: the attendee has bookings, the trainer delivers events, the facilitator has a caseload.
/// </summary>
public static class NationalPeople
{
    private const string Organisation = "National Person-Centred Care Programme";
    private static readonly ProfessionalRole[] StaffRoles =
    [
        ProfessionalRole.GeneralPractitioner, ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse,
        ProfessionalRole.PracticeNurse, ProfessionalRole.HealthcareAssistant, ProfessionalRole.Pharmacist, ProfessionalRole.Other,
    ];

    public static IEnumerable<Person> Generate(Faker faker, List<Practice> practices, NationalSizes sizes, NationalWorld world, DateTimeOffset now)
    {
        var id = 0;
        for (var i = 0; i < sizes.Staff; i++)
        {
            var practice = practices[i % practices.Count];
            var role = i < practices.Count ? ProfessionalRole.PracticeManager : faker.PickRandom(StaffRoles);
            var person = Someone(faker, ++id, i == 0 ? Account(null) : null, now);
            person.PracticeId = practice.Id;
            person.ProfessionalRole = i == 0 ? ProfessionalRole.PracticeNurse : role;
            if (i == 0) world.AttendeeId = person.Id;
            if (!world.StaffByPlace.TryGetValue(practice.PlaceId, out var staff)) world.StaffByPlace[practice.PlaceId] = staff = [];
            staff.Add(new NationalWorld.StaffMember(person.Id, practice.Id, person.ProfessionalRole));
            yield return person;
        }
        foreach (var (count, role, ids) in new[] { (sizes.Trainers, PortalRoles.Trainer, world.TrainerIds), (sizes.Facilitators, PortalRoles.Facilitator, world.FacilitatorIds) })
        {
            for (var i = 0; i < count; i++)
            {
                var person = Someone(faker, ++id, i == 0 ? Account(role) : null, now);
                ids.Add(person.Id);
                yield return Programme(person);
            }
        }
        var lead = Someone(faker, ++id, Account(PortalRoles.ProgrammeLead), now);
        world.LeadId = lead.Id;
        yield return Programme(lead);
    }

    public static IEnumerable<RoleGrant> Grants(NationalWorld world, DateTimeOffset now)
    {
        var id = 0;
        RoleGrant Grant(int personId, string role) => new()
        {
            Id = ++id, PersonId = personId, Role = role, ScopeKey = RoleGrant.ScopeKeyFor(null), GrantedAt = now, GrantedByPersonId = world.LeadId,
        };
        yield return Grant(world.LeadId, PortalRoles.ProgrammeLead);
        foreach (var trainer in world.TrainerIds) yield return Grant(trainer, PortalRoles.Trainer);
        foreach (var facilitator in world.FacilitatorIds) yield return Grant(facilitator, PortalRoles.Facilitator);
    }

    private static (string Email, string Given, string Family, string? Role) Account(string? role) =>
        DemoProgramme.Accounts.First(a => a.Role == role);

    private static Person Someone(Faker faker, int id, (string Email, string Given, string Family, string? Role)? account, DateTimeOffset now)
    {
        var given = account?.Given ?? faker.Name.FirstName();
        var family = account?.Family ?? faker.Name.LastName();
        // The id keeps 120,000 made-up addresses unique without a lookup per person.
        var email = account?.Email ?? $"{given}.{family}.{id}@nhs.example".ToLowerInvariant().Replace(' ', '-').Replace("'", "");
        return new Person { Id = id, GivenName = given, FamilyName = family, WorkEmail = email, CreatedAt = now };
    }

    private static Person Programme(Person person)
    {
        person.ProfessionalRole = ProfessionalRole.OtherClinical;
        person.Organisation = Organisation;
        return person;
    }
}
