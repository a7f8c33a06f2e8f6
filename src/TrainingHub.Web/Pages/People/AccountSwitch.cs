using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Audit;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>
/// A lead switches a person's account off or back on. The change is recorded in the audit log; switched off, the
/// person's open sessions end and the retention schedule's clock for leavers starts.
/// </summary>
public sealed class AccountSwitch(TrainingHubDbContext db, UserManager<PortalUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task SetActiveAsync(int personId, bool active)
    {
        var switchedOffAt = active ? (DateTimeOffset?)null : clock.GetUtcNow();
        // The conditional update decides two leads acting at once: only the one that changed it records it.
        if (await db.People.Where(p => p.Id == personId && p.IsActive != active)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, active).SetProperty(p => p.SwitchedOffAt, switchedOffAt)) == 1)
        {
            audit.Changed(typeof(Person), personId.ToString(), new Dictionary<string, object?> { [nameof(Person.IsActive)] = !active },
                new Dictionary<string, object?> { [nameof(Person.IsActive)] = active });
            await db.SaveChangesAsync();
        }
        // A new stamp ends the person's open sessions at their next check (within a minute).
        if (!active && await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId) is { } user) await users.UpdateSecurityStampAsync(user);
    }
}
