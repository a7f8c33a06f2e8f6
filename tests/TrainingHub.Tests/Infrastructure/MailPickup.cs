using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// The mails the app wrote to its pickup folder (no SMTP configured), read back as a person would: first the
/// outbox sends what is due (an invitation is queued with the person), as its job does each minute.
/// </summary>
public static partial class MailPickup
{
    public static string[] Mails(this PortalFactory factory)
    {
        // Off the test's synchronisation context, so the blocking wait cannot hold up the dispatcher's continuations.
        Task.Run(() => SendQueuedMailAsync(factory)).GetAwaiter().GetResult();
        var folder = Path.Combine(factory.DataDirectory, "mail-pickup");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").OrderBy(File.GetCreationTimeUtc).Select(File.ReadAllText).Select(Unfold).ToArray()
            : [];
    }

    public static async Task<int> SendQueuedMailAsync(this PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>The first link to the given path in the latest mail to the address, relative to the site.</summary>
    public static string LinkTo(this PortalFactory factory, string email, string path)
    {
        var mail = factory.Mails().Last(m => m.Contains(email, StringComparison.OrdinalIgnoreCase));
        var match = Regex.Match(mail, "https?://[^/\\s]+(" + Regex.Escape(path) + "[^\\s]*)");
        Assert.True(match.Success, $"No link to {path} in the mail to {email}");
        return match.Groups[1].Value;
    }

    /// <summary>Headers kept, body decoded from base64 or quoted-printable so links read whole.</summary>
    private static string Unfold(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) return raw;
        var (head, body) = (raw[..split], raw[(split + 4)..]);
        if (head.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return head + "\r\n\r\n" + System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\r', '\n'))));
        return head + "\r\n\r\n" + body.Replace("=\r\n", "").Replace("=3D", "=");
    }
}
