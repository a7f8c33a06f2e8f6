using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Demo;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>Practice staff who can sign in (the demo password), for journeys that need more attendees than the demo's one.</summary>
public static class JourneyPeople
{
    public sealed record Attendee(int PersonId, string Email, string Name, int PracticeId);

    public static async Task<Attendee> AddAsync(KestrelPortal portal, string given, string family,
        ProfessionalRole role = ProfessionalRole.PracticeNurse, string? practiceOdsCode = null)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        var practiceId = await db.Practices.Where(p => practiceOdsCode == null ? p.Status == PracticeStatus.Active : p.OdsCode == practiceOdsCode)
            .OrderBy(p => p.OdsCode).Select(p => p.Id).FirstAsync();
        var email = $"{given}.{family}.{Guid.NewGuid():N}"[..40].ToLowerInvariant() + "@practice.example";
        var person = new Person
        {
            GivenName = given, FamilyName = family, WorkEmail = email, ProfessionalRole = role, PracticeId = practiceId,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CreateAsync(user, DemoProgramme.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return new Attendee(person.Id, email, person.FullName, practiceId);
    }
}
