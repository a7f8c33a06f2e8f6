using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Authorization;

public sealed class BookingsPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var booked = await factory.BookableEventAsync();
        var open = await factory.BookableEventAsync();
        var id = await factory.WithDbAsync(async db =>
        {
            var b = TestBookings.In(BookingState.Booked, booked.Id, world.Attendee.Id, factory.Now(), world.Practice.Id);
            db.Bookings.Add(b);
            await db.SaveChangesAsync();
            return b.Id;
        });
        // The attendee's own booking: theirs and leads' to see; for everyone else it does not exist.
        var ownBooking = new AccessRow("/Bookings/Details", $"/Bookings/Details/{id}", Access.SignIn, Access.Allowed, Access.NotFound, Access.NotFound, Access.Allowed);
        // Practice places: the practice's manager or a lead; the matrix attendee is a practice nurse.
        var practiceManagers = AccessRow.LeadsOnly("/Bookings/Reserve", $"/Bookings/Reserve/{open.Id}");
        return
        [
            AccessRow.SignedIn("/Bookings/Index", "/Bookings"),
            AccessRow.SignedIn("/Bookings/Book", $"/Bookings/Book/{open.Id}"),
            AccessRow.SignedIn("/Bookings/Book", $"/Bookings/Book/{open.Id}", "POST"),
            ownBooking,
            // POSTs below are refused by antiforgery before the handler's own ownership check; ownership has its own tests.
            ownBooking with { Page = "/Bookings/Cancel", Path = $"/Bookings/Cancel/{id}" },
            AccessRow.SignedIn("/Bookings/Cancel", $"/Bookings/Cancel/{id}", "POST"),
            AccessRow.SignedIn("/Bookings/Details", $"/Bookings/Details/{id}?handler=Accept", "POST"),
            AccessRow.SignedIn("/Bookings/Details", $"/Bookings/Details/{id}?handler=Answers", "POST"),
            practiceManagers,
            AccessRow.SignedIn("/Bookings/Reserve", $"/Bookings/Reserve/{open.Id}?handler=Reserve", "POST"),
            AccessRow.SignedIn("/Bookings/Reserve", $"/Bookings/Reserve/{open.Id}?handler=Name", "POST"),
            AccessRow.LeadsOnly("/Bookings/Attendees", $"/Bookings/Attendees/{booked.Id}"),
            AccessRow.LeadsOnly("/Bookings/Attendees", $"/Bookings/Attendees/{booked.Id}?handler=Csv"),
            AccessRow.LeadsOnly("/Bookings/Attendees", $"/Bookings/Attendees/{booked.Id}?handler=Reorder", "POST"),
            AccessRow.LeadsOnly("/Bookings/BookPerson", $"/Bookings/BookPerson/{open.Id}"),
            AccessRow.LeadsOnly("/Bookings/BookPerson", $"/Bookings/BookPerson/{open.Id}", "POST"),
            AccessRow.LeadsOnly("/Bookings/Manage", $"/Bookings/Manage/{id}"),
            AccessRow.LeadsOnly("/Bookings/Manage", $"/Bookings/Manage/{id}?handler=Move", "POST"),
            AccessRow.LeadsOnly("/Bookings/Capacity", $"/Bookings/Capacity/{open.Id}"),
            AccessRow.LeadsOnly("/Bookings/Capacity", $"/Bookings/Capacity/{open.Id}", "POST"),
        ];
    }
}
