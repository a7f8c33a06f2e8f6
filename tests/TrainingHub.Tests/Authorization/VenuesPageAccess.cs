using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Venues;

namespace TrainingHub.Tests.Authorization;

public sealed class VenuesPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var venue = await factory.VenueAsync("Matrix Hall");
        return
        [
            AccessRow.LeadsOnly("/Venues/Index", "/Venues"),
            AccessRow.LeadsOnly("/Venues/Create", "/Venues/Create"),
            AccessRow.LeadsOnly("/Venues/Create", "/Venues/Create", "POST"),
            AccessRow.LeadsOnly("/Venues/Edit", $"/Venues/Edit/{venue.Id}"),
            AccessRow.LeadsOnly("/Venues/Edit", $"/Venues/Edit/{venue.Id}", "POST"),
            AccessRow.LeadsOnly("/Venues/Retire", $"/Venues/Retire/{venue.Id}"),
            AccessRow.LeadsOnly("/Venues/Retire", $"/Venues/Retire/{venue.Id}", "POST"),
        ];
    }
}
