using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Authorization;

public sealed class EventsPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var published = await factory.EventAsync(EventStatus.Published, trainerId: world.Trainer.Id);
        var draft = await factory.EventAsync(EventStatus.Draft);
        var notTheirs = await factory.EventAsync(EventStatus.Published);
        // Leads, and trainers for the events they are allocated to; a trainer on another event is refused.
        AccessRow Message(int eventId, string query = "", string method = "GET") =>
            new("/Events/Message", $"/Events/Message/{eventId}{query}", Access.SignIn, Access.Forbidden,
                eventId == published.Id ? Access.Allowed : Access.Forbidden, Access.Forbidden, Access.Allowed, method);
        var leadsSeeDraft = AccessRow.SignedIn("/Events/Details", $"/Events/Details/{draft.Id}") with
        { Attendee = Access.NotFound, Trainer = Access.NotFound, Facilitator = Access.NotFound };
        return
        [
            AccessRow.SignedIn("/Events/Index", "/Events"),
            AccessRow.SignedIn("/Events/Details", $"/Events/Details/{published.Id}"),
            leadsSeeDraft,
            AccessRow.SignedIn("/Events/Calendar", $"/Events/Calendar/{published.Id}"),
            leadsSeeDraft with { Page = "/Events/Calendar", Path = $"/Events/Calendar/{draft.Id}" },
            AccessRow.LeadsOnly("/Events/Schedule", "/Events/Schedule"),
            AccessRow.LeadsOnly("/Events/Edit", "/Events/Edit?typeId=2"),
            AccessRow.LeadsOnly("/Events/Edit", $"/Events/Edit/{draft.Id}"),
            AccessRow.LeadsOnly("/Events/Edit", "/Events/Edit", "POST"),
            AccessRow.LeadsOnly("/Events/Edit", $"/Events/Edit/{draft.Id}", "POST"),
            AccessRow.LeadsOnly("/Events/Manage", $"/Events/Manage/{draft.Id}"),
            AccessRow.LeadsOnly("/Events/Manage", $"/Events/Manage/{draft.Id}?handler=Publish", "POST"),
            AccessRow.LeadsOnly("/Events/Manage", $"/Events/Manage/{draft.Id}?handler=Complete", "POST"),
            AccessRow.LeadsOnly("/Events/Cancel", $"/Events/Cancel/{draft.Id}"),
            AccessRow.LeadsOnly("/Events/Cancel", $"/Events/Cancel/{draft.Id}", "POST"),
            AccessRow.LeadsOnly("/Events/Manage", $"/Events/Manage/{draft.Id}?handler=Duplicate", "POST"),
            Message(published.Id),
            Message(published.Id, "?handler=Preview", "POST"),
            Message(published.Id, "?handler=Send", "POST"),
            Message(published.Id, "?handler=Change", "POST"),
            Message(notTheirs.Id),
            AccessRow.LeadsOnly("/Events/Types/Index", "/Events/Types"),
            AccessRow.LeadsOnly("/Events/Types/Edit", "/Events/Types/Edit/1"),
            AccessRow.LeadsOnly("/Events/Types/Edit", "/Events/Types/Edit/1", "POST"),
            AccessRow.SignedIn("/Calendar/Index", "/Calendar"),
            AccessRow.SignedIn("/Calendar/Index", "/Calendar") with { Method = "POST" },
            // The feed is anonymous but secret: without the right token there is nothing there, for anyone.
            new("/Calendar/Feed", "/Calendar/Feed/not-the-right-token", Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound),
            AccessRow.SignedIn("/Content/Index", "/Content"),
            AccessRow.SignedIn("/Content/Page", "/Content/courses/yoc-training-course"),
        ];
    }
}
