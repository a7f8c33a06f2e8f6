using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>Account tokens travel in links: URL-safe, and decoded back before Identity checks them.</summary>
public static class AccountTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string Decode(string encoded)
    {
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)); }
        catch (FormatException) { return ""; }
    }
}

/// <summary>
/// The emails that carry one-time account links and answer the person at once (a reset they asked for, a lockout).
/// The invitation goes through the outbox with the person's account (<see cref="InvitationMessages"/>).
/// </summary>
public sealed class AccountMail(
    UserManager<PortalUser> users, TrainingHubDbContext db, IMailTransport transport, ILogger<AccountMail> logger)
{
    public const string InvitationPurpose = "Invitation";

    public async Task SendPasswordResetAsync(string email, IUrlHelper url, string scheme, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !await db.People.AnyAsync(p => p.Id == user.PersonId && p.IsActive, cancellationToken))
        {
            logger.LogInformation("Password reset asked for an address with no active account");
            return;
        }
        var token = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = url.Page("/Account/ResetPassword", null, new { email = user.Email, token }, scheme)!;
        await SendAsync(user.Email!, "Reset your TrainingHub password", $"""
            Someone (we hope you) asked to reset the password for your TrainingHub account.

            Choose a new password here. The link works once, within a day:
            {link}

            If you did not ask, ignore this email: your password has not changed.
            """, cancellationToken);
    }

    /// <summary>The sign-in page answers the same whether or not an account exists; its owner learns of a lockout here.</summary>
    public async Task SendLockedOutAsync(PortalUser user, IUrlHelper url, string scheme, CancellationToken cancellationToken)
    {
        var until = user.LockoutEnd is { } end ? LondonTime.ToLocal(end) : (DateTimeOffset?)null;
        var link = url.Page("/Account/ForgotPassword", null, null, scheme)!;
        await SendAsync(user.Email!, "Your TrainingHub account is locked for now", $"""
            Someone (we hope you) typed a wrong password for your TrainingHub account too many times, so signing in is locked{(until is { } u ? $" until {u:HH:mm} UK time on {u:d MMMM yyyy}" : "")}.

            If you have forgotten your password, you can choose a new one here once the lock ends:
            {link}

            If it was not you, tell the programme team.
            """, cancellationToken);
    }

    private async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = subject, Body = RenderedEmail.TextPart("plain", body) };
        message.To.Add(MailboxAddress.Parse(to));
        await transport.SendAsync(message, cancellationToken);
    }
}
