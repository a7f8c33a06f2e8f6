using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>Your bookings: only ever the signed-in person's own.</summary>
public class IndexModel(BookingViews views) : PortalPageModel
{
    public IReadOnlyList<BookingViews.Mine> Bookings { get; private set; } = [];

    public async Task OnGetAsync() => Bookings = await views.MineAsync(User.PersonId()!.Value);
}
