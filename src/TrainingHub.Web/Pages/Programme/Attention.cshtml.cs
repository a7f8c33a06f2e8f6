using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Programme;

/// <summary>The events behind the lead's home page figures: no lead trainer, filling slowly, people waiting.</summary>
public class AttentionModel(ProgrammeAttention attention) : PageModel
{
    public IReadOnlyList<ProgrammeAttention.EventRow> WithoutLead { get; private set; } = [];
    public IReadOnlyList<ProgrammeAttention.EventRow> UnderHalfFull { get; private set; } = [];
    public IReadOnlyList<ProgrammeAttention.EventRow> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        WithoutLead = await attention.ListAsync(attention.WithoutLead());
        UnderHalfFull = await attention.ListAsync(attention.UnderHalfFull());
        Waiting = await attention.ListAsync(attention.WithPeopleWaiting());
    }
}
