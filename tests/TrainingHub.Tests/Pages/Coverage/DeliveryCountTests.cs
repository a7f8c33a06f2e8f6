using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Coverage;

public sealed class DeliveryCountTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public Task The_delivery_counts_the_database_makes_agree_with_the_rule_across_years_places_and_roles() =>
        DeliveryCountCheck.DatabaseCountsAgreeWithTheRuleAsync(factory);

    [Fact]
    public Task Fidelity_counts_the_latest_completed_review_of_each_active_practice() =>
        DeliveryCountCheck.FidelityCountsTheLatestCompletedReviewOfEachActivePracticeAsync(factory);
}
