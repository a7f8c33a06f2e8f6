using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Authorization;

public enum Access { Allowed, SignIn, Forbidden, NotFound }

/// <summary>
/// One row of the authorization matrix: a Razor page (its view-engine path, e.g. "/Practices/Details"),
/// the concrete URL to request, and what each kind of person gets.
/// </summary>
public sealed record AccessRow(
    string Page, string Path,
    Access Anonymous, Access Attendee, Access Trainer, Access Facilitator, Access ProgrammeLead,
    string Method = "GET")
{
    /// <summary>The page name of a row for an endpoint that is not a Razor page (the jobs dashboard).</summary>
    public const string NotARazorPage = "(not a Razor page)";

    public Access For(string who) => who switch
    {
        "anonymous" => Anonymous,
        PortalRoles.Attendee => Attendee,
        PortalRoles.Trainer => Trainer,
        PortalRoles.Facilitator => Facilitator,
        _ => ProgrammeLead,
    };

    public static AccessRow Public(string page, string path, string method = "GET") =>
        new(page, path, Access.Allowed, Access.Allowed, Access.Allowed, Access.Allowed, Access.Allowed, method);

    public static AccessRow SignedIn(string page, string path, string method = "GET") =>
        new(page, path, Access.SignIn, Access.Allowed, Access.Allowed, Access.Allowed, Access.Allowed, method);

    public static AccessRow LeadsOnly(string page, string path, string method = "GET") =>
        new(page, path, Access.SignIn, Access.Forbidden, Access.Forbidden, Access.Forbidden, Access.Allowed, method);

    public static AccessRow ProgrammeTeam(string page, string path, string method = "GET") =>
        new(page, path, Access.SignIn, Access.Forbidden, Access.Allowed, Access.Allowed, Access.Allowed, method);
}

/// <summary>The people and records every feature's rows can use. Features add what they need in their own rows.</summary>
public sealed class MatrixWorld
{
    public required Place Place { get; init; }
    public required Practice Practice { get; init; }
    public required Person Attendee { get; init; }
    public required Person Trainer { get; init; }
    public required Person Facilitator { get; init; }
    public required Person Lead { get; init; }

    public int? PersonIdFor(string who) => who switch
    {
        "anonymous" => null,
        PortalRoles.Attendee => Attendee.Id,
        PortalRoles.Trainer => Trainer.Id,
        PortalRoles.Facilitator => Facilitator.Id,
        _ => Lead.Id,
    };

    public static async Task<MatrixWorld> CreateAsync(PortalFactory factory)
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        return new MatrixWorld
        {
            Place = place, Practice = practice,
            Attendee = await factory.Data.PersonAsync(practice.Id),
            Trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer),
            Facilitator = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Facilitator),
            Lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead),
        };
    }
}

/// <summary>
/// A feature's rows. Every subclass in this assembly is found by reflection, so a feature adds its pages
/// by adding one class beside its tests; the matrix fails while any page has no row.
/// </summary>
public abstract class PageAccess
{
    public abstract Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory);

    public static Access Classify(HttpResponseMessage response, string method)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase))
            return Access.SignIn;
        if (response.StatusCode == HttpStatusCode.Forbidden ||
            (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)))
            return Access.Forbidden;
        if (response.StatusCode == HttpStatusCode.NotFound) return Access.NotFound;
        // A POST that got past authorization without a form is refused by antiforgery (400): access was allowed.
        if (method == "POST" && (int)response.StatusCode < 500) return Access.Allowed;
        return response.IsSuccessStatusCode ? Access.Allowed : (Access)(-1);
    }
}
