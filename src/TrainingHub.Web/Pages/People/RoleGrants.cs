using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.SignIn;

namespace TrainingHub.Web.Pages.People;

public enum RoleOutcome { Done, AlreadyHeld, NotFound, Refused }

/// <summary>
/// Grants and revokes, each saved with its record in one transaction. The account's Identity role follows the
/// grants (held while any grant of it remains), so sign-in claims come from the usual Identity roles.
/// </summary>
public sealed class RoleGrants(TrainingHubDbContext db, UserManager<PortalUser> users, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<RoleOutcome> GrantAsync(int personId, string role, int? placeId, int actorPersonId, bool byDirectory = false)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null) return RoleOutcome.NotFound;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        db.RoleGrants.Add(new RoleGrant
        {
            PersonId = personId, Role = role, PlaceId = placeId, ScopeKey = RoleGrant.ScopeKeyFor(placeId),
            GrantedAt = now, GrantedByPersonId = actorPersonId, ByDirectory = byDirectory,
        });
        db.RoleChanges.Add(new RoleChange { PersonId = personId, Role = role, PlaceId = placeId, Kind = RoleChangeKind.Granted, ActorPersonId = actorPersonId, At = now, ByDirectory = byDirectory });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { return RoleOutcome.AlreadyHeld; }
        if (!await users.IsInRoleAsync(user, role)) await users.AddToRoleAsync(user, role);
        await transaction.CommitAsync();
        return RoleOutcome.Done;
    }

    public async Task<RoleOutcome> RevokeAsync(int personId, int grantId, int actorPersonId, bool byDirectory = false)
    {
        var grant = await db.RoleGrants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId && g.PersonId == personId);
        if (grant is null) return RoleOutcome.NotFound;
        if (!byDirectory && RoleGrantRules.RefuseRevoke(grant.Role, personId, actorPersonId) is not null) return RoleOutcome.Refused;
        var user = await db.Users.FirstAsync(u => u.PersonId == personId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The delete decides a double revoke: only the request that removed the row records it.
        if (await db.RoleGrants.Where(g => g.Id == grantId && g.PersonId == personId).ExecuteDeleteAsync() == 0) return RoleOutcome.NotFound;
        audit.Removed(typeof(RoleGrant), grantId.ToString(), new Dictionary<string, object?>
        {
            [nameof(RoleGrant.PersonId)] = personId, [nameof(RoleGrant.Role)] = grant.Role, [nameof(RoleGrant.PlaceId)] = grant.PlaceId,
        });
        db.RoleChanges.Add(new RoleChange
        {
            PersonId = personId, Role = grant.Role, PlaceId = grant.PlaceId, Kind = RoleChangeKind.Revoked,
            ActorPersonId = actorPersonId, At = clock.GetUtcNow(), ByDirectory = byDirectory,
        });
        await db.SaveChangesAsync();
        if (!await db.RoleGrants.AnyAsync(g => g.PersonId == personId && g.Role == grant.Role))
            await users.RemoveFromRoleAsync(user, grant.Role);
        await transaction.CommitAsync();
        return RoleOutcome.Done;
    }
}
