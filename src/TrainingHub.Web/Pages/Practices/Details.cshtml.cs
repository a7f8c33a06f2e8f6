using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>A practice's profile. Later features add sections (training, facilitator, journey, reviews).</summary>
public class DetailsModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Profile(
        int Id, string OdsCode, string Name, string Address, string? Telephone, PracticeStatus Status,
        DateOnly? OpenedOn, DateOnly? ClosedOn, string Place, string CommissionerCode, string? Network,
        LongTermConditions ConditionsInScope, EnhancedServiceLevel EnhancedServiceLevel);

    public sealed record StaffMember(string Name, ProfessionalRole Role);

    public Profile Practice { get; private set; } = null!;
    public sealed record FormerStaffMember(string Name, ProfessionalRole? Role, DateTimeOffset LeftAt);

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    /// <summary>People who moved away from the practice; their completed training still counts for it.</summary>
    public IReadOnlyList<FormerStaffMember> FormerStaff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.OdsCode, p.Name, p.AddressLine1, p.AddressLine2, p.AddressLine3, p.AddressLine4, p.AddressLine5,
                p.Postcode, p.Telephone, p.Status, p.OpenedOn, p.ClosedOn, Place = p.Place!.Name, p.CommissionerCode,
                Network = p.PrimaryCareNetwork == null ? null : p.PrimaryCareNetwork.Name, p.ConditionsInScope, p.EnhancedServiceLevel,
            })
            .FirstOrDefaultAsync();
        if (practice is null) return NotFound();

        var address = Data.Entities.Practice.FormatAddress(practice.AddressLine1, practice.AddressLine2, practice.AddressLine3,
            practice.AddressLine4, practice.AddressLine5, practice.Postcode);
        Practice = new Profile(practice.Id, practice.OdsCode, practice.Name, address, practice.Telephone, practice.Status,
            practice.OpenedOn, practice.ClosedOn, practice.Place, practice.CommissionerCode, practice.Network,
            practice.ConditionsInScope, practice.EnhancedServiceLevel);
        Staff = await db.People.AsNoTracking().Where(p => p.PracticeId == id && p.IsActive)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new StaffMember(p.GivenName + " " + p.FamilyName, p.ProfessionalRole))
            .ToListAsync();
        var former = await db.PersonPracticeChanges.AsNoTracking()
            .Where(c => c.FromPracticeId == id && c.ToPracticeId != id && c.Person!.PracticeId != id)
            .Select(c => new { c.PersonId, Name = c.Person!.GivenName + " " + c.Person.FamilyName, c.FromRole, c.At, c.Id })
            .ToListAsync();
        FormerStaff = former.GroupBy(c => c.PersonId).Select(g => g.OrderByDescending(c => c.Id).First())
            .OrderByDescending(c => c.At).Select(c => new FormerStaffMember(c.Name, c.FromRole, c.At)).ToList();
        return Page();
    }
}
