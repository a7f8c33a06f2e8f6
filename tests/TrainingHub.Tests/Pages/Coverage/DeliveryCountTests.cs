using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Coverage;

public sealed class DeliveryCountTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public Task The_delivery_counts_the_database_makes_agree_with_the_rule_across_years_places_and_roles() =>
        DeliveryCountCheck.DatabaseCountsAgreeWithTheRuleAsync(factory);
}
