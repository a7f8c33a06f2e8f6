using System.Security.Claims;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.TrainingRecord;

/// <summary>A training record is its person's own; programme leads may read anyone's. Nobody else may.</summary>
public static class TrainingRecordAccess
{
    public static bool MayRead(ClaimsPrincipal user, int personId) =>
        user.PersonId() == personId || user.IsInRole(PortalRoles.ProgrammeLead);
}
