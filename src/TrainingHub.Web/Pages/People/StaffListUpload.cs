using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.People;

/// <summary>What a staff list comes to: a rejection of the whole file, or an outcome per line; and whether it was applied.</summary>
public sealed record StaffListReport(string? Rejection, IReadOnlyList<StaffListOutcome> Outcomes, bool Applied = false)
{
    public int Count(StaffListAction action) => Outcomes.Count(o => o.Action == action);
    public bool CanApply => Rejection is null && Outcomes.Count > 0 && Count(StaffListAction.Rejected) == 0;
}

/// <summary>
/// Checks a staff list against the register and the people already in the portal, and applies it in one
/// transaction: everyone new is added with their account, everyone known is moved, or nothing changes at all.
/// A list with any rejected line is not applied: the lead fixes the file and checks it again, and lines already
/// right then show as unchanged.
/// </summary>
public sealed class StaffListUpload(TrainingHubDbContext db, Invitations invitations, PracticeMemberships memberships, TimeProvider clock)
{
    public async Task<StaffListReport> PlanAsync(TextReader reader, CancellationToken ct = default)
    {
        var file = StaffListFile.Read(reader);
        if (file.Rejection is not null) return new StaffListReport(file.Rejection, []);
        var codes = file.Rows.Select(r => r.OdsCode.Trim().ToUpperInvariant()).Distinct().ToList();
        var practices = await db.Practices.AsNoTracking().Where(p => codes.Contains(p.OdsCode))
            .Select(p => new ChoosablePractice(p.Id, p.OdsCode, p.Name, p.Status, p.ClosedOn, p.LeftProgrammeOn))
            .ToDictionaryAsync(p => p.OdsCode, ct);
        var emails = file.Rows.Select(r => StaffListPlan.NormaliseEmail(r.Email)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => emails.Contains(p.WorkEmail))
            .Select(p => new { p.WorkEmail, Known = new KnownPerson(p.Id, p.GivenName, p.FamilyName, p.PracticeId, p.ProfessionalRole) })
            .ToDictionaryAsync(p => p.WorkEmail, p => p.Known, ct);
        return new StaffListReport(null, StaffListPlan.Decide(file.Rows, practices, people, LondonTime.DateOf(clock.GetUtcNow())));
    }

    /// <summary>Checks the list again inside the transaction and applies it only if no line is rejected. Returns the accounts to invite.</summary>
    public async Task<(StaffListReport Report, IReadOnlyList<PortalUser> ToInvite)> ApplyAsync(TextReader reader, int leadId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var report = await PlanAsync(reader, ct);
        if (!report.CanApply) return (report, []);
        var invited = new List<PortalUser>();
        foreach (var line in report.Outcomes)
        {
            var (applied, user) = await ApplyLineAsync(line, leadId, ct);
            if (!applied)
                return (report with { Rejection = $"Line {line.LineNumber} changed in the portal while the list was being applied, so nothing was changed: check the file again" }, []);
            if (user is not null) invited.Add(user);
        }
        await transaction.CommitAsync(ct);
        return (report with { Applied = true }, invited);
    }

    /// <summary>Whether the line was applied, and the new account to invite for a new person.</summary>
    private async Task<(bool Applied, PortalUser? User)> ApplyLineAsync(StaffListOutcome line, int leadId, CancellationToken ct)
    {
        switch (line.Action)
        {
            case StaffListAction.Create:
                var (outcome, user) = await invitations.AddAsync(new InvitationRequest(line.GivenName, line.FamilyName, line.Email, line.Role!.Value,
                    null, line.PracticeId, PracticeChangeSource.StaffList), leadId);
                return (outcome == InvitationOutcome.Invited, user);
            case StaffListAction.Update:
                var (moved, _) = await memberships.ChangeAsync(line.PersonId!.Value, new Workplace(line.PracticeId, line.Role!.Value), leadId,
                    PracticeChangeSource.StaffList, ct);
                return (moved != MembershipOutcome.Refused, null);
            default:
                return (true, null);
        }
    }
}
