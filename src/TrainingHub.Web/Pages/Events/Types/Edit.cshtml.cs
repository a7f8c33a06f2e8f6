using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Events.Types;

/// <summary>A lead edits an event type's name, defaults and the questions asked when booking. Its key (slug) names its course page and never changes.</summary>
public class EditModel(TrainingHubDbContext db) : PortalPageModel
{
    public sealed class TypeInput
    {
        [Required(ErrorMessage = "Enter a name"), StringLength(150, ErrorMessage = "Name must be 150 characters or fewer")]
        public string? Name { get; set; }
        [Required(ErrorMessage = "Enter the default number of days"), Range(1, 10, ErrorMessage = "Default number of days must be between 1 and 10")]
        public int? DefaultDays { get; set; }
        [Required(ErrorMessage = "Enter the default start time")] public TimeOnly? DefaultStartTime { get; set; }
        [Required(ErrorMessage = "Enter the default end time")] public TimeOnly? DefaultEndTime { get; set; }
        [Required(ErrorMessage = "Enter the default number of places"), Range(1, 500, ErrorMessage = "Default number of places must be between 1 and 500")]
        public int? DefaultCapacity { get; set; }
        public EventAudience Audience { get; set; }
        public string? RequiredAccreditation { get; set; }
        public bool CountsTowardsPracticeTrained { get; set; }
        [Required(ErrorMessage = "Enter how many years an accreditation to lead it lasts"), Range(1, 10, ErrorMessage = "An accreditation must last between 1 and 10 years")]
        public int? AccreditationYears { get; set; }
        /// <summary>The booking questions asked, by <see cref="QuestionChoices"/> value.</summary>
        public List<string> Questions { get; set; } = [];
    }

    public sealed record QuestionChoice(string Value, string Label);

    public static readonly IReadOnlyList<QuestionChoice> QuestionChoices =
    [
        new(nameof(BookingQuestions.AccessNeeds), "Access needs (free text)"),
        new(nameof(BookingQuestions.DietaryNeeds), "Dietary needs (free text)"),
        new(nameof(BookingQuestions.JobRole), "Confirm their job role"),
    ];

    public sealed record Option(string Slug, string Name);

    [BindProperty] public TypeInput Input { get; set; } = new();
    public string Slug { get; private set; } = "";
    public IReadOnlyList<Option> Accreditations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var type = await db.EventTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id);
        if (type is null) return NotFound();
        Input = new TypeInput
        {
            Name = type.Name, DefaultDays = type.DefaultDays, DefaultStartTime = type.DefaultStartTime, DefaultEndTime = type.DefaultEndTime,
            DefaultCapacity = type.DefaultCapacity, Audience = type.Audience, RequiredAccreditation = type.RequiredAccreditation,
            CountsTowardsPracticeTrained = type.CountsTowardsPracticeTrained, AccreditationYears = type.AccreditationYears,
            Questions = QuestionChoices.Select(q => q.Value).Where(v => Asks(type.Questions, v)).ToList(),
        };
        await LoadAsync(type.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var type = await db.EventTypes.FirstOrDefaultAsync(t => t.Id == id);
        if (type is null) return NotFound();
        await LoadAsync(type.Slug);
        if (Input.DefaultEndTime <= Input.DefaultStartTime)
            ModelState.AddModelError("Input.DefaultEndTime", "The default end time must be after the start time");
        if (Input.RequiredAccreditation is { Length: > 0 } required && Accreditations.All(a => a.Slug != required))
            ModelState.AddModelError("Input.RequiredAccreditation", "Choose an accreditation from the list");
        if (!Enum.IsDefined(Input.Audience)) ModelState.AddModelError("Input.Audience", "Choose who the event is for");
        if (Input.Questions.Any(q => QuestionChoices.All(c => c.Value != q))) ModelState.AddModelError("Input.Questions", "Choose questions from the list");
        if (!ModelState.IsValid) return Page();

        type.Name = Input.Name!.Trim();
        type.DefaultDays = Input.DefaultDays!.Value;
        type.DefaultStartTime = Input.DefaultStartTime!.Value;
        type.DefaultEndTime = Input.DefaultEndTime!.Value;
        type.DefaultCapacity = Input.DefaultCapacity!.Value;
        type.Audience = Input.Audience;
        type.RequiredAccreditation = string.IsNullOrEmpty(Input.RequiredAccreditation) ? null : Input.RequiredAccreditation;
        type.CountsTowardsPracticeTrained = Input.CountsTowardsPracticeTrained;
        type.AccreditationYears = Input.AccreditationYears!.Value;
        type.AsksAccessNeeds = Input.Questions.Contains(nameof(BookingQuestions.AccessNeeds));
        type.AsksDietaryNeeds = Input.Questions.Contains(nameof(BookingQuestions.DietaryNeeds));
        type.AsksJobRole = Input.Questions.Contains(nameof(BookingQuestions.JobRole));
        await db.SaveChangesAsync();
        return RedirectToPage("Index");
    }

    private static bool Asks(BookingQuestions asked, string value) => value switch
    {
        nameof(BookingQuestions.AccessNeeds) => asked.AccessNeeds,
        nameof(BookingQuestions.DietaryNeeds) => asked.DietaryNeeds,
        _ => asked.JobRole,
    };

    private async Task LoadAsync(string slug)
    {
        Slug = slug;
        Accreditations = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Slug, t.Name)).ToListAsync();
    }
}
