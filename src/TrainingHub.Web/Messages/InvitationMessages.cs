using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Account;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Messages;

/// <summary>
/// The invitation to someone a lead added. It is queued with the person and their account, in the same
/// transaction, carrying only who invited them; the one-time link is made here, as it is sent. So the outbox
/// never holds a usable secret (a queued row waiting for the mail server, or a lead reading the outbox, sees
/// none: the recorded copy withholds it, <see cref="MessageSecrets"/>), the link's day of validity starts
/// when the email goes, and a resend by a lead makes a fresh link.
/// </summary>
public sealed class InvitationMessages(
    TrainingHubDbContext db, UserManager<PortalUser> users, SignInMethods methods, MessageOptions options) : INotificationRecheck
{
    public const string InviterKey = "invitation.inviter";

    public IReadOnlyCollection<string> Kinds { get; } = [MessageKinds.Invitation];

    public static string SubjectOf(int personId) => $"person:{personId}";

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == recipientPersonId && p.IsActive)
            .Select(p => new { p.GivenName }).FirstOrDefaultAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == recipientPersonId, cancellationToken);
        if (person is null || user?.Email is null) return null;
        var values = new Dictionary<string, string>
        {
            ["person.given_name"] = person.GivenName,
            [InviterKey] = queuedValues.GetValueOrDefault(InviterKey) ?? "The programme team",
            ["programme.name"] = options.ProgrammeName,
        };
        if (!methods.Passwords)
        {
            values["invitation.instructions"] = $"Sign in here with your NHS organisation account ({user.Email}); there is no separate password to set:";
            values[MessageSecrets.Key("invitation_url")] = options.Link("/Account/SignIn");
            return values;
        }
        // Accepted already (the link was used, or they set a password another way): nothing left to invite them to.
        if (await users.HasPasswordAsync(user)) return null;
        var token = AccountTokens.Encode(await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, AccountMail.InvitationPurpose));
        values["invitation.instructions"] = "Choose your password here. The link works once, within a day:";
        values[MessageSecrets.Key("invitation_url")] =
            options.Link($"/Account/AcceptInvitation?email={Uri.EscapeDataString(user.Email)}&token={token}");
        return values;
    }
}

/// <summary>
/// Values that work as a key (a one-time sign-in link) go into the email sent but not into the copy the outbox
/// keeps for leads to read.
/// </summary>
public static class MessageSecrets
{
    private const string Prefix = "secret.";
    public const string Withheld = "(a one-time link, not kept by the portal)";

    public static string Key(string name) => Prefix + name;

    /// <summary>The values with every secret replaced, or null when there is none.</summary>
    public static IReadOnlyDictionary<string, string>? Withholding(IReadOnlyDictionary<string, string> values) =>
        values.Keys.Any(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            ? values.ToDictionary(v => v.Key, v => v.Key.StartsWith(Prefix, StringComparison.Ordinal) ? Withheld : v.Value)
            : null;
}
