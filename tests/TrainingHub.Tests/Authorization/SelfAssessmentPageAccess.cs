using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.SelfAssessment;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Tests.Authorization;

/// <summary>
/// Self-assessments of the world's place: the attendee works there, so reads the submitted one; a draft is for
/// leads only (others get 404, as if it did not exist); trainers and facilitators have no practice, so no place.
/// </summary>
public sealed class SelfAssessmentPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var submitted = await factory.Data.AssessmentAsync(factory, world.Place, new DateOnly(2025, 10, 1), world.Lead.Id);
        var draft = await factory.Data.AssessmentAsync(factory, world.Place, new DateOnly(2026, 1, 1), world.Lead.Id, SelfAssessmentStatus.Draft);
        var ownPlaceOnly = AccessRow.SignedIn("/SelfAssessment/Details", $"/SelfAssessment/{submitted}") with
        {
            Trainer = Access.NotFound,
            Facilitator = Access.NotFound,
        };
        var leadsOnlyElseNotFound = AccessRow.LeadsOnly("/SelfAssessment/Details", $"/SelfAssessment/{draft}") with
        {
            Attendee = Access.NotFound,
            Trainer = Access.NotFound,
            Facilitator = Access.NotFound,
        };
        return
        [
            AccessRow.SignedIn("/SelfAssessment/Index", "/SelfAssessment"),
            ownPlaceOnly,
            ownPlaceOnly with { Path = $"/SelfAssessment/{submitted}?handler=Csv" },
            leadsOnlyElseNotFound,
            leadsOnlyElseNotFound with { Path = $"/SelfAssessment/{draft}?handler=Csv" },
            AccessRow.SignedIn("/SelfAssessment/Compare", $"/SelfAssessment/Compare?area=place:{world.Place.Id}"),
            AccessRow.SignedIn("/SelfAssessment/Compare", $"/SelfAssessment/Compare?handler=Csv&area=place:{world.Place.Id}") with
            {
                Trainer = Access.NotFound, Facilitator = Access.NotFound,
            },
            AccessRow.LeadsOnly("/SelfAssessment/Across", "/SelfAssessment/Across"),
            AccessRow.LeadsOnly("/SelfAssessment/Across", "/SelfAssessment/Across?handler=Csv"),
            AccessRow.LeadsOnly("/SelfAssessment/Create", "/SelfAssessment/Create"),
            AccessRow.LeadsOnly("/SelfAssessment/Create", "/SelfAssessment/Create", "POST"),
            AccessRow.LeadsOnly("/SelfAssessment/Edit", $"/SelfAssessment/{draft}/Edit"),
            AccessRow.LeadsOnly("/SelfAssessment/Edit", $"/SelfAssessment/{draft}/Edit/trained-teams"),
            AccessRow.LeadsOnly("/SelfAssessment/Edit", $"/SelfAssessment/{draft}/Edit/trained-teams", "POST"),
            AccessRow.LeadsOnly("/SelfAssessment/Submit", $"/SelfAssessment/{draft}/Submit"),
            AccessRow.LeadsOnly("/SelfAssessment/Submit", $"/SelfAssessment/{draft}/Submit", "POST"),
        ];
    }
}
