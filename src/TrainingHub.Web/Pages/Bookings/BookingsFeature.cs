using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Everyone signed in books and sees their own bookings (the pages check ownership); practice reservations check
/// the practice manager per practice; the attendee lists and every tool that changes someone else's booking are leads'.
/// </summary>
public static class BookingsAccess
{
    public static readonly string[] LeadsOnly = ["/Bookings/Attendees", "/Bookings/BookPerson", "/Bookings/Manage", "/Bookings/Capacity"];

    public static void Apply(PageApplicationModel page) =>
        page.EndpointMetadata.Add(LeadsOnly.Contains(page.ViewEnginePath)
            ? new AuthorizeAttribute(PortalPolicies.ProgrammeLead)
            : new AuthorizeAttribute());
}

public sealed class BookingsFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AddFolderApplicationModelConvention("/Bookings", BookingsAccess.Apply);

    public void AddServices(IServiceCollection services) => services
        .AddScoped<EventWrites>()
        .AddScoped<PlaceOffers>()
        .AddScoped<BookingService>()
        .AddScoped<LeadBookingTools>()
        .AddScoped<PracticeReservations>()
        .AddScoped<BookingViews>()
        .AddScoped<OfferSweep>();
}
