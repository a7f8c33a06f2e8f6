using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.People;
using TrainingHub.Web.Pages.Practices;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

public enum RegistrationOutcome { Registered, NoSuchPractice, PracticeClosed, AlreadyKnown }

public sealed record RegistrationInput(string GivenName, string FamilyName, int PracticeId, ProfessionalRole Role);

public sealed record PracticeChoice(int Id, string Name, string OdsCode, string? Postcode, bool Closed);

/// <summary>
/// Someone the tenant vouches for (a verified work email) joins as an attendee of their practice. Only an attendee:
/// no role is granted here, whatever the token's app roles say.
/// </summary>
public sealed class SelfRegistration(TrainingHubDbContext db, EntraIdAccounts accounts, PracticeMemberships memberships, TimeProvider clock)
{
    public const int MostChoices = 20;

    /// <summary>The register searched by ODS code, name, or the start of a postcode, as on the practices page.</summary>
    public Task<List<PracticeChoice>> FindPracticesAsync(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? Task.FromResult(new List<PracticeChoice>())
            : PracticeSearch.Matching(db.Practices.AsNoTracking(), search)
                .OrderBy(p => p.Name).Take(MostChoices)
                .Select(p => new PracticeChoice(p.Id, p.Name, p.OdsCode, p.Postcode, p.Status == PracticeStatus.Closed || p.LeftProgrammeOn != null))
                .ToListAsync();

    public async Task<(RegistrationOutcome Outcome, PortalUser? User)> RegisterAsync(EntraIdentity who, RegistrationInput input)
    {
        if (!await db.Practices.AnyAsync(p => p.Id == input.PracticeId)) return (RegistrationOutcome.NoSuchPractice, null);
        // The same rule as a lead's choice: a closed practice, or one that left the programme's area, is refused.
        if (await memberships.WhyNotAsync(input.PracticeId) is not null) return (RegistrationOutcome.PracticeClosed, null);
        var person = new Person
        {
            GivenName = input.GivenName.Trim(), FamilyName = input.FamilyName.Trim(), WorkEmail = who.VerifiedEmail!,
            PracticeId = input.PracticeId, ProfessionalRole = input.Role, CreatedAt = clock.GetUtcNow(),
        };
        db.People.Add(person);
        memberships.RecordNew(person, byPersonId: null, PracticeChangeSource.SelfRegistration);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The unique work email decides a race: someone else (a lead, or a second tab) added this address first.
            db.ChangeTracker.Clear();
            return (RegistrationOutcome.AlreadyKnown, null);
        }
        var user = await accounts.AccountForAsync(person.Id, person.WorkEmail);
        if (user is null) return (RegistrationOutcome.AlreadyKnown, null);
        var (linked, _) = await accounts.LinkLoginAsync(user, who);
        return linked is null ? (RegistrationOutcome.AlreadyKnown, null) : (RegistrationOutcome.Registered, linked);
    }
}
