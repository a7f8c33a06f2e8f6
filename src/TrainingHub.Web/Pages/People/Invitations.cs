using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.People;

public sealed record InvitationRequest(
    string GivenName, string FamilyName, string Email, ProfessionalRole ProfessionalRole, string? Organisation, int? PracticeId = null,
    PracticeChangeSource Source = PracticeChangeSource.Invitation);

public enum InvitationOutcome { Invited, AlreadyInPortal }

/// <summary>
/// A lead adds a person: the person and their password-less account are saved together, and the unique work
/// email decides a double submission (the second is told the person is already in the portal). The invitation
/// email is queued in the same transaction (<see cref="InvitationMessages"/> makes its link when it is sent).
/// </summary>
public sealed class Invitations(
    TrainingHubDbContext db, UserManager<PortalUser> users, PracticeMemberships memberships, Messages.Outbox outbox, TimeProvider clock)
{
    /// <summary>Adds the person in a transaction of its own, or in the caller's when one is open (a staff list adds many in one).</summary>
    public async Task<(InvitationOutcome Outcome, PortalUser? User)> AddAsync(InvitationRequest request, int? byPersonId = null)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        await using var transaction = own;
        var person = new Person
        {
            GivenName = request.GivenName.Trim(), FamilyName = request.FamilyName.Trim(), WorkEmail = email,
            ProfessionalRole = request.ProfessionalRole, Organisation = request.Organisation?.Trim(), PracticeId = request.PracticeId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.People.Add(person);
        memberships.RecordNew(person, byPersonId, request.Source);
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
        await outbox.QueueAsync(MessageKinds.Invitation, InvitationMessages.SubjectOf(person.Id), person.Id, "1",
            new Dictionary<string, string> { [InvitationMessages.InviterKey] = await InviterAsync(byPersonId) }, clock.GetUtcNow());
        if (own is not null) await own.CommitAsync();
        return (InvitationOutcome.Invited, user);
    }

    private async Task<string> InviterAsync(int? byPersonId) =>
        await db.People.AsNoTracking().Where(p => p.Id == byPersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync()
        ?? "The programme team";
}
