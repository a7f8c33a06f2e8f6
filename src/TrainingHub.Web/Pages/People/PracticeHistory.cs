using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.People;

/// <summary>One line of a person's practice history, in words.</summary>
public sealed record PracticeHistoryRow(DateTimeOffset At, string From, string To, string How, string By);

/// <summary>Where a person works now, and every change of practice or job role, newest first.</summary>
public sealed class PracticeHistory(TrainingHubDbContext db)
{
    public sealed record Current(string Practice, ProfessionalRole Role, int? PracticeId);

    public Task<Current?> CurrentAsync(int personId, CancellationToken ct = default) =>
        db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.PracticeId, p.ProfessionalRole, Name = p.Practice == null ? null : p.Practice.Name, Ods = p.Practice == null ? null : p.Practice.OdsCode })
            .Select(p => new Current(Named(p.Name, p.Ods), p.ProfessionalRole, p.PracticeId))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<PracticeHistoryRow>> ForAsync(int personId, CancellationToken ct = default)
    {
        var rows = await db.PersonPracticeChanges.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new
            {
                c.At, c.Source, c.FromRole, c.ToRole, c.ByPersonId,
                FromName = c.FromPractice == null ? null : c.FromPractice.Name, FromOds = c.FromPractice == null ? null : c.FromPractice.OdsCode,
                ToName = c.ToPractice == null ? null : c.ToPractice.Name, ToOds = c.ToPractice == null ? null : c.ToPractice.OdsCode,
                By = db.People.Where(p => p.Id == c.ByPersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new PracticeHistoryRow(
            r.At,
            r.FromRole is { } fromRole ? Describe(Named(r.FromName, r.FromOds), fromRole) : "Not recorded",
            Describe(Named(r.ToName, r.ToOds), r.ToRole),
            How(r.Source),
            r.ByPersonId == personId ? "Themselves" : r.By ?? "The portal")).ToList();
    }

    public const string NoPractice = "No practice (programme staff)";

    /// <summary>"Bartlemas Surgery (K84001)", or <see cref="NoPractice"/>.</summary>
    public static string Named(string? name, string? odsCode) => name is null ? NoPractice : $"{PracticeNames.Display(name)} ({odsCode})";

    public static string Describe(string practice, ProfessionalRole role) => $"{practice}, {DisplayNames.Of(role)}";

    private static string How(PracticeChangeSource source) => source switch
    {
        PracticeChangeSource.Invitation => "Invited",
        PracticeChangeSource.StaffList => "Staff list upload",
        PracticeChangeSource.Lead => "Changed by a lead",
        PracticeChangeSource.Themselves => "Corrected on their account page",
        PracticeChangeSource.WalkIn => "Added at the door as a walk-in",
        _ => "Registered at first sign-in",
    };
}
