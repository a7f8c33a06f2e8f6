using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Web.Pages.People;

/// <summary>The practice and job role part of a form: a register search, the practice chosen (or none), the role.</summary>
public sealed class WorkplaceInput
{
    public const string NoPractice = "none";

    public string? Search { get; set; }
    /// <summary>A practice's id, or <see cref="NoPractice"/> for programme staff.</summary>
    public string? Practice { get; set; }
    public ProfessionalRole? Role { get; set; }
    /// <summary>Set by the search button: show the practices found, and change nothing.</summary>
    public bool Find { get; set; }
}

public sealed record PracticeOption(int Id, string OdsCode, string Name, string? Postcode, PracticeStatus Status, DateOnly? LeftProgrammeOn);

/// <summary>What the form's partial shows: the field names' prefix, what was typed, and the practices to choose from.</summary>
public sealed record WorkplaceView(string Prefix, WorkplaceInput Input, IReadOnlyList<PracticeOption> Options, bool Searched, ProfessionalRole? Current = null);

/// <summary>Finds the practices to offer and reads the choice back, checking it as the register says today.</summary>
public sealed class WorkplaceChoice(TrainingHubDbContext db, PracticeMemberships memberships)
{
    public const int MaxOptions = 10;

    /// <summary>The practices the search finds (open ones first), plus the one chosen or held, so it stays ticked.</summary>
    public async Task<IReadOnlyList<PracticeOption>> OptionsAsync(string? search, int? keep, CancellationToken ct = default)
    {
        var found = string.IsNullOrWhiteSpace(search) ? [] : await Project(PracticeSearch.Matching(db.Practices.AsNoTracking(), search)
            .OrderBy(p => p.Status == PracticeStatus.Closed).ThenBy(p => p.Name).Take(MaxOptions)).ToListAsync(ct);
        if (keep is { } id && found.All(p => p.Id != id))
            found.InsertRange(0, await Project(db.Practices.AsNoTracking().Where(p => p.Id == id)).ToListAsync(ct));
        return found;
    }

    /// <summary>The workplace chosen, or null with the reasons added to the model state under the prefix.</summary>
    public async Task<Workplace?> ReadAsync(WorkplaceInput input, string prefix, ModelStateDictionary modelState, CancellationToken ct = default)
    {
        int? practiceId = null;
        if (input.Practice == WorkplaceInput.NoPractice) practiceId = null;
        else if (int.TryParse(input.Practice, out var id)) practiceId = id;
        else modelState.AddModelError($"{prefix}.Practice", "Search for their practice and choose it, or choose programme staff with no practice");
        if (practiceId is not null && await memberships.WhyNotAsync(practiceId, ct) is { } whyNot)
            modelState.AddModelError($"{prefix}.Practice", whyNot);
        if (input.Role is not { } role || !Enum.IsDefined(role)) modelState.AddModelError($"{prefix}.Role", "Choose their job role");
        return modelState.IsValid ? new Workplace(practiceId, input.Role!.Value) : null;
    }

    public static WorkplaceInput InputFor(int? practiceId, ProfessionalRole role) =>
        new() { Practice = practiceId?.ToString() ?? WorkplaceInput.NoPractice, Role = role };

    private static IQueryable<PracticeOption> Project(IQueryable<Practice> query) =>
        query.Select(p => new PracticeOption(p.Id, p.OdsCode, p.Name, p.Postcode, p.Status, p.LeftProgrammeOn));

    /// <summary>The offered roles, and the held one when it is no longer offered.</summary>
    public static IReadOnlyList<ProfessionalRole> Roles(ProfessionalRole? current) =>
        current is { } held ? JobRoles.OfferedTo(held) : JobRoles.Offered;
}
