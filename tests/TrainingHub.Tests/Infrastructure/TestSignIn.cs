using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// Signs a request in as the person named in a header, building the principal with the app's own claims
/// factory from their real account, so roles and person id come from the database exactly as after sign-in.
/// No header: whatever the app's own sign-in cookie says (anonymous without one), so tests of real sign-in work too.
/// </summary>
public sealed class TestSignIn(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TrainingHubDbContext db, IUserClaimsPrincipalFactory<PortalUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "Test";
    public const string Header = "X-Test-Person";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || !int.TryParse(value, out var personId))
            return await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null) return AuthenticateResult.Fail("No account for that person.");
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }
}
