using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

public enum RegistrationOutcome { Registered, NoSuchPractice, PracticeClosed, AlreadyKnown }

public sealed record RegistrationInput(string GivenName, string FamilyName, int PracticeId, ProfessionalRole Role);

public sealed record PracticeChoice(int Id, string Name, string OdsCode, string? Postcode, bool Closed);

/// <summary>
/// Someone the tenant vouches for (a verified work email) joins as an attendee of their practice. Only an attendee:
/// no role is granted here, whatever the token's app roles say.
/// </summary>
public sealed partial class SelfRegistration(TrainingHubDbContext db, EntraIdAccounts accounts, TimeProvider clock)
{
    public const int MostChoices = 20;

    /// <summary>The register searched by ODS code, name, or the start of a postcode, as on the practices page.</summary>
    public Task<List<PracticeChoice>> FindPracticesAsync(string? search)
    {
        var term = search?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(term)) return Task.FromResult(new List<PracticeChoice>());
        var postcode = term.Replace(" ", "");
        var inPostcodes = PostcodeStart().IsMatch(postcode);
        return db.Practices.AsNoTracking()
            .Where(p => p.OdsCode == term || p.SearchName.Contains(term)
                || (EF.Constant(inPostcodes) && p.SearchPostcode != null && p.SearchPostcode.StartsWith(postcode)))
            .OrderBy(p => p.Name).Take(MostChoices)
            .Select(p => new PracticeChoice(p.Id, p.Name, p.OdsCode, p.Postcode, p.Status == PracticeStatus.Closed))
            .ToListAsync();
    }

    public async Task<(RegistrationOutcome Outcome, PortalUser? User)> RegisterAsync(EntraIdentity who, RegistrationInput input)
    {
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == input.PracticeId).Select(p => new { p.Status }).FirstOrDefaultAsync();
        if (practice is null) return (RegistrationOutcome.NoSuchPractice, null);
        if (practice.Status == PracticeStatus.Closed) return (RegistrationOutcome.PracticeClosed, null);
        var person = new Person
        {
            GivenName = input.GivenName.Trim(), FamilyName = input.FamilyName.Trim(), WorkEmail = who.VerifiedEmail!,
            PracticeId = input.PracticeId, ProfessionalRole = input.Role, CreatedAt = clock.GetUtcNow(),
        };
        db.People.Add(person);
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

    [GeneratedRegex("^[A-Z]{1,2}([0-9]|$)")]
    private static partial Regex PostcodeStart();
}
