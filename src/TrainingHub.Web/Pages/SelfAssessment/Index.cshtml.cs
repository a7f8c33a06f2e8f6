using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>The self-assessments the signed-in person may read, newest first.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Area, string AreaKey, DateOnly AssessedOn, SelfAssessmentStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool IsLead { get; private set; }

    public async Task OnGetAsync()
    {
        IsLead = User.IsInRole(PortalRoles.ProgrammeLead);
        var reader = await AssessmentReader.ForAsync(User, db);
        var rows = await db.SelfAssessments.AsNoTracking().ReadableBy(reader)
            .OrderByDescending(a => a.AssessedOn).ThenBy(a => a.AreaKey)
            .Select(a => new
            {
                a.Id, Ics = a.IntegratedCareSystem!.Name, Place = a.Place == null ? null : a.Place.Name,
                Network = a.PrimaryCareNetwork == null ? null : a.PrimaryCareNetwork.Name, a.AreaKey, a.AssessedOn, a.Status,
            })
            .ToListAsync();
        Rows = [.. rows.Select(a => new Row(a.Id, AssessmentAreas.NameOf(a.Ics, a.Place, a.Network), a.AreaKey, a.AssessedOn, a.Status))];
    }
}
