using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Pages.People;

public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Email, bool IsActive);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLowerInvariant();
            people = people.Where(p => p.WorkEmail.Contains(q) || p.FamilyName.ToLower().Contains(q) || p.GivenName.ToLower().Contains(q));
        }
        Rows = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Take(50)
            .Select(p => new Row(p.Id, p.GivenName + " " + p.FamilyName, p.WorkEmail, p.IsActive)).ToListAsync();
    }
}
