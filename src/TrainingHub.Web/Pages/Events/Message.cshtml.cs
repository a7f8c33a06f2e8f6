using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

public sealed class EventMessageInput
{
    /// <summary>Made when the form is first shown; posting the same form twice sends once.</summary>
    public Guid? MessageId { get; set; }

    [Required(ErrorMessage = "Enter a subject"),
     StringLength(EventMessages.SubjectLength, ErrorMessage = "Subject must be 150 characters or fewer")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Enter your message"),
     StringLength(EventMessages.BodyLength, ErrorMessage = "Message must be 5,000 characters or fewer")]
    public string? Body { get; set; }

    public bool IncludeWaiting { get; set; }
}

/// <summary>
/// A lead or the event's own trainer writes to everyone booked on a published event (and, if they choose, everyone
/// waiting): write, preview exactly what arrives, then send.
/// </summary>
public class MessageModel(TrainingHubDbContext db, EventMessages messages) : PortalPageModel
{
    public static readonly string[] FieldOrder = ["Input.Subject", "Input.Body", "Input.IncludeWaiting"];

    [BindProperty] public EventMessageInput Input { get; set; } = new();
    public EventView Event { get; private set; } = null!;
    public MessageRecipients Audience { get; private set; } = null!;
    public RenderedEmail? Preview { get; private set; }
    [TempData] public string? Saved { get; set; }

    public bool CanWrite => Event.Status == EventStatus.Published;
    public int Recipients => Audience.For(Input.IncludeWaiting).Count;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input = new EventMessageInput { MessageId = Guid.NewGuid() };
        return Page();
    }

    /// <summary>Back from the preview to the form, with everything as typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!Check()) return Page();
        Preview = await messages.PreviewAsync(Audience.For(Input.IncludeWaiting)[0].BookingId, Input.Subject!, Input.Body!, Who);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!Check()) return Page();
        var sent = await messages.SendAsync(id, Input.MessageId!.Value, Input.Subject!, Input.Body!, Input.IncludeWaiting, Who);
        Saved = $"Message sent: {sent.People} {(sent.People == 1 ? "person is" : "people are")} emailed \"{EventMessages.OneLine(Input.Subject!)}\"";
        return RedirectToPage(new { id });
    }

    private int Who => User.PersonId()!.Value;

    /// <summary>The form's own rules, then the event's: it is still on, and somebody is there to tell.</summary>
    private bool Check()
    {
        if (Input.MessageId is null || Input.MessageId == Guid.Empty)
            ModelState.AddModelError("", "This form has expired: open the message page again and rewrite your message");
        if (!CanWrite)
            ModelState.AddModelError("", $"This event is {EventLifecycle.Display(Event.Status).ToLowerInvariant()}: only people on a published event can be messaged");
        else if (Recipients == 0)
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.IncludeWaiting),
                Input.IncludeWaiting ? "Nobody is booked or waiting on this event yet" : "Nobody is booked on this event yet");
        return ModelState.IsValid;
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await EventView.LoadAsync(db, id) is not { } view) return NotFound();
        if (!await messages.MayWriteAsync(User, id)) return Forbid();
        Event = view;
        Audience = await messages.AudienceAsync(id);
        return null;
    }
}
