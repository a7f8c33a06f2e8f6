using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.SignIn.EntraId;

public enum EntraSignInOutcome { SignedIn, NoVerifiedEmail, NoAccount, NotYetKnown, SwitchedOff, LinkedToAnother }

/// <summary>
/// Finds the portal account for a validated Entra identity. The first time, the person is found by their verified
/// work email and the account is linked to the directory's object id and tenant id; from then on the link alone
/// decides, so a changed email cannot move the sign-in to someone else. Nobody is created here: a verified address
/// no person has is <see cref="EntraSignInOutcome.NotYetKnown"/>, which self-registration may take up.
/// </summary>
public sealed class EntraIdAccounts(
    TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, DirectoryRoles roles, ILogger<EntraIdAccounts> logger)
{
    public const string DisplayName = "NHS organisation account";
    /// <summary>Claims of the Entra sign-in the portal session keeps: how it began, and what front-channel sign-out matches.</summary>
    public static readonly string[] SessionClaims = [ClaimTypes.AuthenticationMethod, "sid", "iss"];

    public async Task<(EntraSignInOutcome Outcome, PortalUser? User)> FindAsync(EntraIdentity who)
    {
        var (user, outcome) = await users.FindByLoginAsync(EntraIdOptions.Scheme, who.LoginKey) is { } linked
            ? (linked, EntraSignInOutcome.SignedIn)
            : await LinkAsync(who);
        if (user is null) return (outcome, null);
        if (!await signIn.CanSignInAsync(user)) return (EntraSignInOutcome.SwitchedOff, null);
        return (EntraSignInOutcome.SignedIn, user);
    }

    /// <summary>The directory's app roles become grants, then the portal session begins, remembering it came from Entra.</summary>
    public async Task SignInAsync(PortalUser user, EntraIdentity who, ClaimsPrincipal token, bool syncRoles = true)
    {
        if (syncRoles) await roles.SyncAsync(user.PersonId, who.AppRoles);
        var kept = new List<Claim> { new(ClaimTypes.AuthenticationMethod, EntraIdOptions.Scheme) };
        kept.AddRange(token.Claims.Where(c => c.Type is "sid" or "iss").Select(c => new Claim(c.Type, c.Value)));
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, kept);
    }

    private async Task<(PortalUser? User, EntraSignInOutcome Outcome)> LinkAsync(EntraIdentity who)
    {
        if (who.VerifiedEmail is null) return (null, EntraSignInOutcome.NoVerifiedEmail);
        var person = await db.People.AsNoTracking().Where(p => p.WorkEmail == who.VerifiedEmail)
            .Select(p => new { p.Id, p.IsActive }).FirstOrDefaultAsync();
        if (person is null) return (null, EntraSignInOutcome.NotYetKnown);
        if (!person.IsActive) return (null, EntraSignInOutcome.SwitchedOff);
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id) ?? await AccountForAsync(person.Id, who.VerifiedEmail);
        if (user is null) return (null, EntraSignInOutcome.NoAccount);
        return await LinkLoginAsync(user, who);
    }

    /// <summary>Links the account to the Entra identity, unless it already belongs to another Entra account.</summary>
    public async Task<(PortalUser? User, EntraSignInOutcome Outcome)> LinkLoginAsync(PortalUser user, EntraIdentity who)
    {
        var logins = await users.GetLoginsAsync(user);
        if (logins.Any(l => l.LoginProvider == EntraIdOptions.Scheme && l.ProviderKey != who.LoginKey))
            return (null, EntraSignInOutcome.LinkedToAnother);
        // The login's primary key (provider, key) decides a double first sign-in: the loser finds the winner's link.
        if (!await TryAddLoginAsync(user, who))
        {
            var winner = await users.FindByLoginAsync(EntraIdOptions.Scheme, who.LoginKey);
            return winner?.PersonId == user.PersonId ? (winner, EntraSignInOutcome.SignedIn) : (null, EntraSignInOutcome.LinkedToAnother);
        }
        logger.LogInformation("Person {PersonId} linked to Entra ID object {LoginKey}", user.PersonId, who.LoginKey);
        return (user, EntraSignInOutcome.SignedIn);
    }

    private async Task<bool> TryAddLoginAsync(PortalUser user, EntraIdentity who)
    {
        try
        {
            return (await users.AddLoginAsync(user, new UserLoginInfo(EntraIdOptions.Scheme, who.LoginKey, DisplayName))).Succeeded;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>A person the programme already knows but who never had an account gets one, password-less.</summary>
    public async Task<PortalUser?> AccountForAsync(int personId, string email)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId };
        return (await users.CreateAsync(user)).Succeeded ? user : await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
    }
}
