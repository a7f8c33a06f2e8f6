using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>An area that can assess itself: an ICS as a whole, a place, or a PCN within a place.</summary>
public sealed record AssessmentArea(string Key, string Name, int IntegratedCareSystemId, int? PlaceId, int? PrimaryCareNetworkId)
{
    public static string KeyOf(int icsId, int? placeId, int? pcnId) =>
        pcnId is { } pcn ? $"pcn:{pcn}" : placeId is { } place ? $"place:{place}" : $"ics:{icsId}";
}

/// <summary>
/// Who is reading: leads read every assessment, drafts included; everyone else reads the submitted assessments
/// that cover the place of their practice (the place itself, its PCNs, and its ICS as a whole).
/// </summary>
public sealed record AssessmentReader(bool IsLead, int? PlaceId, int? IntegratedCareSystemId)
{
    public static async Task<AssessmentReader> ForAsync(ClaimsPrincipal user, TrainingHubDbContext db)
    {
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return new(true, null, null);
        var personId = user.PersonId();
        var place = await db.People.AsNoTracking().Where(p => p.Id == personId && p.Practice != null)
            .Select(p => new { p.Practice!.PlaceId, p.Practice.Place!.IntegratedCareSystemId }).FirstOrDefaultAsync();
        return new(false, place?.PlaceId, place?.IntegratedCareSystemId);
    }
}

public static class AssessmentAreas
{
    public static IQueryable<Data.Entities.SelfAssessment> ReadableBy(this IQueryable<Data.Entities.SelfAssessment> query, AssessmentReader reader)
    {
        if (reader.IsLead) return query;
        if (reader.PlaceId is not { } placeId) return query.Where(a => false);
        return query.Where(a => a.Status == SelfAssessmentStatus.Submitted
            && (a.PlaceId == placeId || (a.PlaceId == null && a.IntegratedCareSystemId == reader.IntegratedCareSystemId)));
    }

    public static async Task<IReadOnlyList<AssessmentArea>> AllAsync(TrainingHubDbContext db)
    {
        var systems = await db.IntegratedCareSystems.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new AssessmentArea("", s.Name + " (whole ICS)", s.Id, null, null)).ToListAsync();
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new AssessmentArea("", p.Name, p.IntegratedCareSystemId, p.Id, null)).ToListAsync();
        var networks = await db.PrimaryCareNetworks.AsNoTracking().OrderBy(n => n.Place!.Name).ThenBy(n => n.Name)
            .Select(n => new AssessmentArea("", n.Name + " PCN, " + n.Place!.Name, n.Place.IntegratedCareSystemId, n.PlaceId, n.Id)).ToListAsync();
        return [.. systems.Concat(places).Concat(networks)
            .Select(a => a with { Key = AssessmentArea.KeyOf(a.IntegratedCareSystemId, a.PlaceId, a.PrimaryCareNetworkId) })];
    }

    /// <summary>The area's name as a query can project it, for lists of assessments.</summary>
    public static string NameOf(string? ics, string? place, string? network) =>
        network is not null ? $"{network} PCN, {place}" : place ?? $"{ics} (whole ICS)";
}
