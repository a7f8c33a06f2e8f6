using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Web.Pages.People;

/// <summary>
/// Finds people by name ("Amy", "Amy Nolan", "Nolan"), work email (or part of it), or their practice (the register's
/// own search: name, ODS code or postcode). Shared by every page that picks a person: booking one, a walk-in.
/// </summary>
public static class PeopleSearch
{
    public const int MaxFound = 20;

    public static IQueryable<Person> Matching(IQueryable<Person> people, IQueryable<Practice> practices, string? q)
    {
        var term = q?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(term)) return people.Where(p => false);
        var atPractices = PracticeSearch.Matching(practices, term).Select(p => (int?)p.Id);
        return people.Where(p => p.IsActive && (p.WorkEmail.Contains(term)
            || (p.GivenName + " " + p.FamilyName).ToLower().Contains(term)
            || atPractices.Contains(p.PracticeId)));
    }

    /// <summary>What a list of people found shows: who, their email and where they work.</summary>
    public static IQueryable<PersonFound> Found(IQueryable<Person> people) =>
        people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).Take(MaxFound)
            .Select(p => new PersonFound(p.Id, p.GivenName + " " + p.FamilyName, p.WorkEmail,
                p.Practice == null ? p.Organisation : p.Practice.Name, p.ProfessionalRole));
}

public sealed record PersonFound(int Id, string Name, string Email, string? Workplace, ProfessionalRole Role);
