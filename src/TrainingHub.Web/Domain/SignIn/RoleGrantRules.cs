using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Domain.SignIn;

/// <summary>Who may hold which role where. Plain rules: no web or database types.</summary>
public static class RoleGrantRules
{
    /// <summary>Why a grant is refused, or null when it may be made.</summary>
    public static string? RefuseGrant(string role, int? placeId)
    {
        if (!PortalRoles.Granted.Contains(role)) return "Choose a role";
        // A lead runs the whole programme; a lead for one place would see everything anyway.
        if (role == PortalRoles.ProgrammeLead && placeId is not null) return "A programme lead covers every place: leave the place empty";
        return null;
    }

    /// <summary>Why a revoke is refused, or null. A lead cannot remove their own lead role and lock themselves out.</summary>
    public static string? RefuseRevoke(string role, int personId, int actorPersonId) =>
        role == PortalRoles.ProgrammeLead && personId == actorPersonId ? "You cannot remove your own programme lead role. Ask another lead." : null;

    /// <summary>Whether a person's grants give them the role in a place: a grant with no place covers every place.</summary>
    public static bool Covers(IEnumerable<(string Role, int? PlaceId)> grants, string role, int placeId) =>
        grants.Any(g => g.Role == role && (g.PlaceId is null || g.PlaceId == placeId));
}
