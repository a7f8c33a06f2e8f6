using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>The review's version check on the production database: a database of its own on the test PostgreSQL server.</summary>
public sealed class ReviewPostgreSqlTests : PostgreSqlPortal
{
    [Fact]
    public Task Two_people_saving_the_same_review_at_once_do_not_overwrite_each_other_on_postgresql() =>
        ReviewConflictScenario.RunAsync(Factory);
}
