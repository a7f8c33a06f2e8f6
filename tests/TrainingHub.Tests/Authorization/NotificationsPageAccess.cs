using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Tests.Authorization;

public sealed class NotificationsPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        // A failed message to resend; the matrix's POSTs carry no antiforgery token, so none of them changes it.
        var failed = await factory.WithDbAsync(async db =>
        {
            var row = new Notification
            {
                Kind = "booking-confirmed", Subject = "matrix:resend", RecipientPersonId = world.Attendee.Id, Occurrence = "1",
                ValuesJson = "{}", Status = NotificationStatus.Failed, LastError = "The mail server refused the message.",
                DueAt = DateTimeOffset.UnixEpoch, CreatedAt = DateTimeOffset.UnixEpoch,
            };
            db.Notifications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        return
        [
            AccessRow.SignedIn("/Preferences/Index", "/Preferences"),
            AccessRow.SignedIn("/Preferences/Index", "/Preferences") with { Method = "POST" },
            AccessRow.LeadsOnly("/Outbox/Index", "/Outbox"),
            AccessRow.LeadsOnly("/Outbox/Index", "/Outbox?State=Failed&From.Day=1&From.Month=1&From.Year=2026"),
            AccessRow.LeadsOnly("/Outbox/Templates", "/Outbox/Templates"),
            AccessRow.LeadsOnly("/Outbox/Resend", $"/Outbox/Resend/{failed}"),
            AccessRow.LeadsOnly("/Outbox/Resend", $"/Outbox/Resend/{failed}", "POST"),
        ];
    }
}
