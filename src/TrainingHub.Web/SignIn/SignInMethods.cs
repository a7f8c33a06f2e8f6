using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TrainingHub.Web.SignIn;

/// <summary>The ways in this portal offers, decided once at start from configuration.</summary>
public sealed record SignInMethods(bool Passwords, bool EntraId)
{
    public static SignInMethods From(PortalAuthenticationOptions authentication, IHostEnvironment environment) =>
        new(authentication.LocalAccountsEnabled(environment), authentication.EntraIdConfigured);
}

/// <summary>
/// On a page that only makes sense with passwords (reset, invitation, two-step code): when local accounts are
/// switched off, every handler refuses and sends the person to the page that explains how to sign in instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PasswordsOnlyAttribute : Attribute, IAsyncPageFilter
{
    public const string RefusalPage = "/Account/PasswordsOff";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<SignInMethods>().Passwords)
        {
            await next();
            return;
        }
        context.Result = new RedirectToPageResult(RefusalPage);
    }
}
