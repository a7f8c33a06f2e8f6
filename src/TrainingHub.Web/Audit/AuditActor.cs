using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Audit;

/// <summary>Who is acting and from which address: the signed-in person of the current request, or nobody in a background job.</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    public (int? PersonId, string? Address) Current()
    {
        var context = http.HttpContext;
        return (context?.User.PersonId(), context?.Connection.RemoteIpAddress?.ToString());
    }
}
