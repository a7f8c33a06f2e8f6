using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Pages.People;

public sealed record InvitationRequest(string GivenName, string FamilyName, string Email, ProfessionalRole ProfessionalRole, string? Organisation);

public enum InvitationOutcome { Invited, AlreadyInPortal }

/// <summary>
/// A lead adds a person: the person and their password-less account are saved together, and the unique work
/// email decides a double submission (the second is told the person is already in the portal).
/// </summary>
public sealed class Invitations(TrainingHubDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public async Task<(InvitationOutcome Outcome, PortalUser? User)> AddAsync(InvitationRequest request)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var person = new Person
        {
            GivenName = request.GivenName.Trim(), FamilyName = request.FamilyName.Trim(), WorkEmail = email,
            ProfessionalRole = request.ProfessionalRole, Organisation = request.Organisation?.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return (InvitationOutcome.AlreadyInPortal, null);
        }
        var user = new PortalUser { UserName = email, Email = email, PersonId = person.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (InvitationOutcome.AlreadyInPortal, null);
        await transaction.CommitAsync();
        return (InvitationOutcome.Invited, user);
    }
}
