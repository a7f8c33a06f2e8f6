using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>"Your sessions": the events the signed-in trainer delivers, coming up and lately. Only ever their own.</summary>
public class SessionsModel(TrainerSessions sessions) : PageModel
{
    public IReadOnlyList<TrainerSessions.Delivery> Upcoming { get; private set; } = [];
    public IReadOnlyList<TrainerSessions.Delivery> Recent { get; private set; } = [];

    public async Task OnGetAsync() => (Upcoming, Recent) = await sessions.OfAsync(User.PersonId()!.Value);
}
