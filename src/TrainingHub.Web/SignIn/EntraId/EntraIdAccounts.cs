using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.SignIn.EntraId;

public enum EntraSignInOutcome { SignedIn, NoVerifiedEmail, NoAccount, SwitchedOff, LinkedToAnother }

/// <summary>
/// Turns a validated Entra identity into a portal session. The first time, the person is found by their verified
/// work email and the account is linked to the directory's object id and tenant id; from then on the link alone
/// decides, so a changed email cannot move the sign-in to someone else. Nobody is ever created here.
/// </summary>
public sealed class EntraIdAccounts(
    TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, DirectoryRoles roles, ILogger<EntraIdAccounts> logger)
{
    private const string DisplayName = "NHS organisation account";

    public async Task<EntraSignInOutcome> SignInAsync(EntraIdentity who)
    {
        var (user, outcome) = await users.FindByLoginAsync(EntraIdOptions.Scheme, who.LoginKey) is { } linked
            ? (linked, EntraSignInOutcome.SignedIn)
            : await LinkAsync(who);
        if (user is null) return outcome;
        if (!await signIn.CanSignInAsync(user)) return EntraSignInOutcome.SwitchedOff;
        await roles.SyncAsync(user.PersonId, who.AppRoles);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: EntraIdOptions.Scheme);
        return EntraSignInOutcome.SignedIn;
    }

    private async Task<(PortalUser? User, EntraSignInOutcome Outcome)> LinkAsync(EntraIdentity who)
    {
        if (who.VerifiedEmail is null) return (null, EntraSignInOutcome.NoVerifiedEmail);
        var person = await db.People.AsNoTracking().Where(p => p.WorkEmail == who.VerifiedEmail)
            .Select(p => new { p.Id, p.IsActive }).FirstOrDefaultAsync();
        if (person is null) return (null, EntraSignInOutcome.NoAccount);
        if (!person.IsActive) return (null, EntraSignInOutcome.SwitchedOff);
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id) ?? await AccountForAsync(person.Id, who.VerifiedEmail);
        if (user is null) return (null, EntraSignInOutcome.NoAccount);
        var logins = await users.GetLoginsAsync(user);
        if (logins.Any(l => l.LoginProvider == EntraIdOptions.Scheme && l.ProviderKey != who.LoginKey))
            return (null, EntraSignInOutcome.LinkedToAnother);
        // The login's primary key (provider, key) decides a double first sign-in: the loser finds the winner's link.
        if (!await TryAddLoginAsync(user, who))
        {
            var winner = await users.FindByLoginAsync(EntraIdOptions.Scheme, who.LoginKey);
            return winner?.PersonId == person.Id ? (winner, EntraSignInOutcome.SignedIn) : (null, EntraSignInOutcome.LinkedToAnother);
        }
        logger.LogInformation("Person {PersonId} linked to Entra ID object {LoginKey}", person.Id, who.LoginKey);
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
    private async Task<PortalUser?> AccountForAsync(int personId, string email)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId };
        return (await users.CreateAsync(user)).Succeeded ? user : await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
    }
}
