using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;

namespace TrainingHub.Tests.Authorization;

public sealed class FeedbackPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var ev = await factory.PastEventAsync(world.Trainer.Id);
        var booking = await factory.BookingAsync(ev.Id, world.Attendee);
        var trainersOnly = new AccessRow("/Feedback/Reports", "/Feedback/Reports",
            Access.SignIn, Access.Forbidden, Access.Allowed, Access.Forbidden, Access.Allowed);
        return
        [
            AccessRow.SignedIn("/Feedback/Index", "/Feedback"),
            // Only the attendee whose booking it is finds the form; for anyone else it does not exist.
            new("/Feedback/Form", $"/Feedback/{booking.Id}", Access.SignIn, Access.Allowed, Access.NotFound, Access.NotFound, Access.NotFound),
            // Posts without a form stop at antiforgery; the ownership check is in FeedbackFormTests.
            AccessRow.SignedIn("/Feedback/Form", $"/Feedback/{booking.Id}", "POST"),
            trainersOnly,
            trainersOnly with { Path = "/Feedback/Reports?handler=Csv" },
            AccessRow.LeadsOnly("/Feedback/NonResponders", "/Feedback/NonResponders"),
            AccessRow.LeadsOnly("/Feedback/Needs", "/Feedback/Needs"),
            AccessRow.LeadsOnly("/Feedback/Questions", "/Feedback/Questions"),
            AccessRow.LeadsOnly("/Feedback/Questions", "/Feedback/Questions/2"),
            AccessRow.LeadsOnly("/Feedback/Questions", "/Feedback/Questions/2", "POST"),
        ];
    }
}
