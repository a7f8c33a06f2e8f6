using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace TrainingHub.Web.SignIn;

/// <summary>Refusals are logged (who, where, which requirement), never with cookies, tokens or form values.</summary>
public sealed class LoggedAuthorizationResults(ILogger<LoggedAuthorizationResults> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
        {
            var failed = result.AuthorizationFailure?.FailedRequirements.Select(r => r.ToString()) ?? [];
            logger.LogWarning("Refused person {PersonId} at {Method} {Path}: {Requirements}",
                context.User.PersonId(), context.Request.Method, context.Request.Path, string.Join("; ", failed));
        }
        return standard.HandleAsync(next, context, policy, result);
    }
}
