using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>
/// Every message the portal sends, newest first, for programme leads: narrowed by state, kind, event, recipient and UK
/// due dates, each saying why it was not sent when it was not, with a way to send again one that failed or is in doubt.
/// </summary>
public sealed class IndexModel(OutboxSearch search) : PortalPageModel
{
    public static readonly string[] FieldOrder = [nameof(State), nameof(Kind), nameof(Event), nameof(Person), nameof(From), nameof(To)];

    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Event { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "The 'from' date")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "The 'to' date")] public DateOnly? To { get; set; }

    [TempData] public string? Saved { get; set; }

    public static IReadOnlyList<NotificationStatus> States { get; } = Enum.GetValues<NotificationStatus>();
    public IReadOnlyList<MessageKinds.Kind> Kinds => MessageKinds.All;
    public IReadOnlyList<EventChoice> Events { get; private set; } = [];
    public OutboxPage Found { get; private set; } = new([], 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Events = await search.EventsAsync(int.TryParse(Event, out var asked) ? asked : null, ct);
        if (Read() is { } filter) Found = await search.FindAsync(filter, ct);
        return Page();
    }

    /// <summary>The filter, or null with each problem in ModelState (an impossible date is already there, from its binder).</summary>
    private OutboxFilter? Read()
    {
        NotificationStatus? state = null;
        if (!string.IsNullOrEmpty(State))
        {
            if (Enum.TryParse<NotificationStatus>(State, out var s) && Enum.IsDefined(s) && !int.TryParse(State, out _)) state = s;
            else ModelState.AddModelError(nameof(State), "Choose a state from the list");
        }
        if (!string.IsNullOrEmpty(Kind) && !Kinds.Any(k => k.Name == Kind)) ModelState.AddModelError(nameof(Kind), "Choose a kind of message from the list");
        int? eventId = null;
        if (!string.IsNullOrEmpty(Event))
        {
            if (int.TryParse(Event, out var e) && Events.Any(c => c.Id == e)) eventId = e;
            else ModelState.AddModelError(nameof(Event), "Choose an event from the list");
        }
        if (From is { } f && To is { } t && t < f) ModelState.AddModelError(nameof(To), "The 'to' date must be the same as or after the 'from' date");
        if (ModelState.ErrorCount > 0) return null;
        return new OutboxFilter(state, string.IsNullOrEmpty(Kind) ? null : Kind, eventId, Person,
            From is { } start ? LondonTime.StartOfDay(start) : null, To is { } end ? LondonTime.StartOfDay(end.AddDays(1)) : null);
    }
}
