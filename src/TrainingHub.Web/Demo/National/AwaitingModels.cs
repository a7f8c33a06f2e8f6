namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Parts of the national dataset whose models are not in this build yet. Each is generated here, with one added
/// call in <see cref="NationalDataset"/>, once its feature is merged — never faked before then:
/// - feedback responses (about 200,000, issue 7): one per attended booking for about a third of them;
/// - trainer QA history (2,000 trainers with QA observations and accreditations, issue 8);
/// - coverage snapshots (issue 10): one per place per month over the five years.
/// </summary>
public static class AwaitingModels
{
    public static readonly string[] Parts = ["feedback responses", "trainer QA history", "coverage snapshots"];
}
