using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Messages;

/// <summary>The MailKit transport on its own, against the real SMTP server process and the pickup folder.</summary>
public sealed class MailTransportTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    private MailKitTransport Transport(bool overSmtp) => new(
        new MailOptions { Smtp = overSmtp ? new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = SmtpSecurity.None } : null },
        new DataDirectory(dataDirectory), clock, NullLogger<MailKitTransport>.Instance);

    private static MimeMessage Message(string to)
    {
        var calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        var email = new RenderedEmail("account-test", "Zoë’s session – booked", true, "<p>Dear Zoë,</p>\n", "Dear Zoë,\n");
        var message = email.ToMimeMessage(new MailboxAddress("Zoë Ní Bhriain", to), [EmailAttachment.Invitation("REQUEST", calendar)]);
        message.MessageId = "notification-1@example.nhs.uk";
        return message;
    }

    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_found_by_NOOP_and_the_message_goes_on_a_new_one()
    {
        await using var batch = Transport(overSmtp: true).StartBatch();
        await batch.SendAsync(Message("amina@practice.test"), CancellationToken.None);
        smtp.Restart();
        clock.SetUtcNow(clock.GetUtcNow().AddMinutes(5));

        var reply = await batch.SendAsync(Message("ben@practice.test"), CancellationToken.None);

        Assert.Equal(250, reply.StatusCode);
        Assert.Equal(["X-Rcpt-To: amina@practice.test", "X-Rcpt-To: ben@practice.test"],
            smtp.Messages().Select(m => m[..m.IndexOf('\r')]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_pickup_folder_holds_the_same_MIME_bytes_the_SMTP_server_received()
    {
        var message = Message("amina@practice.test");
        await Transport(overSmtp: true).SendAsync(message, CancellationToken.None);
        await Transport(overSmtp: false).SendAsync(message, CancellationToken.None);

        var received = await File.ReadAllBytesAsync(Assert.Single(smtp.Files()));
        var picked = await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(Path.Combine(dataDirectory, "mail-pickup"), "*.eml")));
        var afterEnvelopeLine = Array.IndexOf(received, (byte)'\n') + 1;
        Assert.Equal(picked, received[afterEnvelopeLine..]);
        Assert.DoesNotContain(picked, b => b >= 128);
    }

    [Fact]
    public async Task The_connection_to_the_relay_sends_each_write_at_once_without_waiting_on_Nagle()
    {
        using var socket = await new SmtpOptions { Host = "localhost", Port = smtp.Port, Security = SmtpSecurity.None }.ConnectAsync(CancellationToken.None);

        Assert.True(socket.Connected);
        Assert.True(socket.NoDelay);
    }

    [Theory]
    [InlineData("smtp.nhs.net", SmtpSecurity.None, false)]
    [InlineData("127.0.0.1", SmtpSecurity.None, true)]
    [InlineData("localhost", SmtpSecurity.None, true)]
    [InlineData("smtp.nhs.net", SmtpSecurity.StartTls, true)]
    [InlineData("smtp.nhs.net", SmtpSecurity.SslOnConnect, true)]
    public void No_TLS_is_allowed_only_to_a_relay_on_this_machine(string host, SmtpSecurity security, bool allowed) =>
        Assert.Equal(allowed, new SmtpOptions { Host = host, Security = security }.Problem() is null);

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
