using System.Threading.RateLimiting;

namespace TrainingHub.Web.SignIn;

/// <summary>
/// The posts a robot would hammer (guessing passwords, codes, invitation and reset tokens, flooding mailboxes)
/// are limited per client address and form; everything else is not limited here.
/// </summary>
public static class SignInRateLimits
{
    public static readonly string[] GuardedPosts =
    [
        "/Account/SignIn", "/Account/TwoFactor", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/AcceptInvitation",
    ];

    public static IServiceCollection AddTrainingHubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:SignInPostsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => GuardedPath(context) is { } path
                ? RateLimitPartition.GetFixedWindowLimiter($"{context.Connection.RemoteIpAddress}|{path}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimits))
                    .LogWarning("Too many posts to {Path} from {Address}", rejected.HttpContext.Request.Path, rejected.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static string? GuardedPath(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return null;
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        return GuardedPosts.FirstOrDefault(p => string.Equals(p, path, StringComparison.OrdinalIgnoreCase));
    }
}
