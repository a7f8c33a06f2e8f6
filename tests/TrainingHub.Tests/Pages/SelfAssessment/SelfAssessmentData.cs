using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.SelfAssessment;
using TrainingHub.Web.Pages.SelfAssessment;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>Self-assessments put straight into the database, for tests about reading rather than recording them.</summary>
public static class SelfAssessmentData
{
    public static MaturityMatrix Matrix { get; } = new MaturityMatrixSource().Current();

    public static Task<int> AssessmentAsync(this TestData _, PortalFactory factory, Place place, DateOnly on, int byPersonId,
        SelfAssessmentStatus status = SelfAssessmentStatus.Submitted, int level = 2, string evidence = "Evidence on file",
        bool wholeIcs = false) =>
        factory.WithDbAsync(async db =>
        {
            var assessment = new TrainingHub.Web.Data.Entities.SelfAssessment
            {
                AreaKey = AssessmentArea.KeyOf(place.IntegratedCareSystemId, wholeIcs ? null : place.Id, null),
                IntegratedCareSystemId = place.IntegratedCareSystemId, PlaceId = wholeIcs ? null : place.Id, AssessedOn = on, Status = status,
                CreatedByPersonId = byPersonId, CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
                SubmittedByPersonId = status == SelfAssessmentStatus.Submitted ? byPersonId : null,
                SubmittedAt = status == SelfAssessmentStatus.Submitted ? factory.Now() : null,
                Ratings = [.. Matrix.Enablers.Select(e => new SelfAssessmentRating
                {
                    EnablerKey = e.Key, Level = level, Evidence = evidence,
                    Actions = [new SelfAssessmentAction { Description = $"Action for {e.Key}", Owner = "Place lead", DueOn = on.AddMonths(3) }],
                })],
            };
            db.SelfAssessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });

    /// <summary>The edit form's fields for one foundation: every enabler at the level, with the evidence.</summary>
    public static List<KeyValuePair<string, string>> FoundationForm(Foundation foundation, int version, int level, string evidence)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Version", version.ToString()) };
        for (var i = 0; i < foundation.Enablers.Count; i++)
        {
            fields.Add(new($"Input.Ratings[{i}].EnablerId", foundation.Enablers[i].Id));
            fields.Add(new($"Input.Ratings[{i}].Level", level.ToString()));
            fields.Add(new($"Input.Ratings[{i}].Evidence", evidence));
        }
        return fields;
    }
}
