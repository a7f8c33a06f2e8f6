using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Outbox;

public sealed record OutboxRow(
    long Id, string Kind, string RecipientName, string RecipientEmail, NotificationStatus Status, int Attempts,
    DateTimeOffset DueAt, DateTimeOffset? SentAt, string? Subject, string? Text, string? Error, string? Reply)
{
    public bool CanResend => Status is NotificationStatus.Failed or NotificationStatus.DeliveryUnknown;
}

/// <summary>Recent messages for programme leads, with a resend for those that failed or whose delivery is unknown.</summary>
public sealed class IndexModel(TrainingHubDbContext db, Messages.Outbox outbox) : PortalPageModel
{
    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Rows = await db.Notifications.AsNoTracking()
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(100)
            .Select(n => new OutboxRow(n.Id, n.Kind, n.Recipient!.GivenName + " " + n.Recipient.FamilyName, n.Recipient.WorkEmail,
                n.Status, n.Attempts, n.DueAt, n.SentAt, n.RenderedSubject, n.RenderedText, n.LastError, n.SmtpReply))
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostResendAsync(long id)
    {
        Notice = await outbox.ResendAsync(id)
            ? "The message is queued to send again."
            : "That message cannot be resent: it was sent, is sending, or no longer exists.";
        return RedirectToPage();
    }
}
