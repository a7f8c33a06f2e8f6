using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.People;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// Entra app roles (assigned in the tenant's Enterprise applications) become portal role grants at each sign-in,
/// recorded like a lead's grants but marked as made by the directory. The directory only takes away what it gave:
/// a grant a programme lead made stays until a lead revokes it.
/// </summary>
public sealed class DirectoryRoles(TrainingHubDbContext db, RoleGrants grants)
{
    public async Task SyncAsync(int personId, IEnumerable<string> appRoles)
    {
        var wanted = appRoles.Intersect(PortalRoles.Granted, StringComparer.Ordinal).ToHashSet();
        var held = await db.RoleGrants.AsNoTracking().Where(g => g.PersonId == personId && g.PlaceId == null)
            .Select(g => new { g.Id, g.Role, g.ByDirectory }).ToListAsync();
        foreach (var role in wanted.Where(r => held.All(h => h.Role != r)))
            await grants.GrantAsync(personId, role, placeId: null, actorPersonId: personId, byDirectory: true);
        foreach (var grant in held.Where(h => h.ByDirectory && !wanted.Contains(h.Role)))
            await grants.RevokeAsync(personId, grant.Id, actorPersonId: personId, byDirectory: true);
    }
}
