using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Authorization;

public sealed class PeoplePageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var grantId = await factory.WithDbAsync(async db =>
        {
            var grant = new RoleGrant
            {
                PersonId = world.Trainer.Id, Role = PortalRoles.Trainer, ScopeKey = RoleGrant.Everywhere,
                GrantedAt = factory.Now(), GrantedByPersonId = world.Lead.Id,
            };
            db.RoleGrants.Add(grant);
            await db.SaveChangesAsync();
            return grant.Id;
        });
        return
        [
            AccessRow.LeadsOnly("/People/Index", "/People"),
            AccessRow.LeadsOnly("/People/Index", "/People?Q=a"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=Grant", "POST"),
            AccessRow.LeadsOnly("/People/RevokeRole", $"/People/{world.Trainer.Id}/Revoke/{grantId}"),
            AccessRow.LeadsOnly("/People/RevokeRole", $"/People/{world.Trainer.Id}/Revoke/{grantId}", "POST"),
            AccessRow.LeadsOnly("/People/SwitchOff", $"/People/{world.Attendee.Id}/SwitchOff"),
            AccessRow.LeadsOnly("/People/SwitchOff", $"/People/{world.Attendee.Id}/SwitchOff", "POST"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=SwitchOn", "POST"),
            // A lead covers every place, so changes anyone's practice; nobody else changes another person's.
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=Workplace", "POST"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Trainer.Id}?handler=Workplace", "POST"),
            AccessRow.LeadsOnly("/People/StaffList", "/People/StaffList"),
            AccessRow.LeadsOnly("/People/StaffList", "/People/StaffList?handler=Check", "POST"),
            AccessRow.LeadsOnly("/People/StaffList", "/People/StaffList?handler=Apply", "POST"),
            // Everyone signed in corrects their own practice; the page never takes a person from the request.
            AccessRow.SignedIn("/Account/Practice", "/Account/Practice"),
            AccessRow.SignedIn("/Account/Practice", "/Account/Practice", "POST"),
        ];
    }
}
