using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

/// <summary>The jobs page is the Hangfire Dashboard, an endpoint rather than a Razor page: leads only, every page of it.</summary>
public sealed class JobsPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.LeadsOnly(AccessRow.NotARazorPage, "/Jobs"),
            AccessRow.LeadsOnly(AccessRow.NotARazorPage, "/Jobs/recurring"),
            AccessRow.LeadsOnly(AccessRow.NotARazorPage, "/Jobs/jobs/failed"),
        ]);
}
