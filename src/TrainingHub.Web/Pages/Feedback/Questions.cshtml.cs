using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>Leads choose which questions each event type's feedback form asks, and whether its forms are anonymous.</summary>
public class QuestionsModel(TrainingHubDbContext db, TrainingHub.Web.Audit.AuditLog audit) : PortalPageModel
{
    public sealed class QuestionsInput
    {
        public bool AskUnderstanding { get; set; }
        public bool AskConfidence { get; set; }
        public bool AskTrainingNeeds { get; set; }
        public bool Anonymous { get; set; }
    }

    public sealed record TypeRow(int Id, string Name, string Slug, QuestionSet Questions);

    [BindProperty] public QuestionsInput Input { get; set; } = new();
    public IReadOnlyList<TypeRow> Types { get; private set; } = [];
    public TypeRow? Editing { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, bool saved = false)
    {
        await LoadAsync();
        Saved = saved;
        if (id is null) return Page();
        Editing = Types.FirstOrDefault(t => t.Id == id);
        if (Editing is null) return NotFound();
        var q = Editing.Questions;
        Input = new QuestionsInput { AskUnderstanding = q.AskUnderstanding, AskConfidence = q.AskConfidence, AskTrainingNeeds = q.AskTrainingNeeds, Anonymous = q.Anonymous };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (id is not { } typeId || !await db.EventTypes.AnyAsync(t => t.Id == typeId)) return NotFound();
        var wanted = new QuestionSet(Input.AskUnderstanding, Input.AskConfidence, Input.AskTrainingNeeds, Input.Anonymous);
        if (await UpdateAsync(typeId, wanted) == 0)
        {
            db.EventTypeFeedbackSettings.Add(EventTypeFeedbackSettingsConfiguration.From(typeId, wanted));
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateException) { await UpdateAsync(typeId, wanted); }
        }
        return Redirect("/Feedback/Questions?saved=true");
    }

    private async Task<int> UpdateAsync(int typeId, QuestionSet q)
    {
        var before = await db.EventTypeFeedbackSettings.AsNoTracking().Where(s => s.EventTypeId == typeId)
            .Select(s => new QuestionSet(s.AskUnderstanding, s.AskConfidence, s.AskTrainingNeeds, s.Anonymous)).FirstOrDefaultAsync();
        var updated = await db.EventTypeFeedbackSettings.Where(s => s.EventTypeId == typeId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AskUnderstanding, q.AskUnderstanding).SetProperty(x => x.AskConfidence, q.AskConfidence)
            .SetProperty(x => x.AskTrainingNeeds, q.AskTrainingNeeds).SetProperty(x => x.Anonymous, q.Anonymous));
        if (updated == 1 && before is not null && before != q)
        {
            audit.Changed(typeof(Data.Entities.Feedback.EventTypeFeedbackSettings), typeId.ToString(), Values(before), Values(q));
            await db.SaveChangesAsync();
        }
        return updated;
    }

    private static Dictionary<string, object?> Values(QuestionSet q) => new()
    {
        ["AskUnderstanding"] = q.AskUnderstanding, ["AskConfidence"] = q.AskConfidence, ["AskTrainingNeeds"] = q.AskTrainingNeeds, ["Anonymous"] = q.Anonymous,
    };

    private async Task LoadAsync()
    {
        var types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Slug, Settings = db.EventTypeFeedbackSettings.FirstOrDefault(s => s.EventTypeId == t.Id) })
            .ToListAsync();
        Types = types.Select(t => new TypeRow(t.Id, t.Name, t.Slug, t.Settings?.Questions ?? QuestionSet.DefaultFor(t.Slug))).ToList();
    }
}
