using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Web.Messages;

/// <summary>The "Mail" section of configuration.</summary>
public sealed class MailOptions
{
    public string FromAddress { get; set; } = "traininghub@example.nhs.uk";
    public string FromName { get; set; } = "TrainingHub";
    /// <summary>Where replies go, when not to the From address (the programme's mailbox, say).</summary>
    public string? ReplyToAddress { get; set; }
    public string? ReplyToName { get; set; }
    public SmtpOptions? Smtp { get; set; }

    /// <summary>A Message-ID in the sender's own domain: the same id for every attempt at one message.</summary>
    public string MessageIdFor(string localPart) => $"{localPart}@{FromAddress[(FromAddress.LastIndexOf('@') + 1)..]}";

    /// <summary>From and Reply-To as configured, unless the message already names them.</summary>
    public void Address(MimeMessage message)
    {
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(FromName, FromAddress));
        if (message.ReplyTo.Count == 0 && !string.IsNullOrWhiteSpace(ReplyToAddress))
            message.ReplyTo.Add(new MailboxAddress(ReplyToName ?? "", ReplyToAddress));
    }
}

/// <summary>How the connection to the relay is protected: StartTls (port 587) or SslOnConnect (465); None only on loopback.</summary>
public enum SmtpSecurity { StartTls, SslOnConnect, None }

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public SmtpSecurity? Security { get; set; }
    /// <summary>The older setting: false meant no TLS. Read only when Security is not set.</summary>
    public bool? EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>The longest one message may take, connecting included, before it counts as failed and is retried.</summary>
    public int MessageTimeoutSeconds { get; set; } = 60;
    /// <summary>A connection unused for longer than this is checked with NOOP before the next message.</summary>
    public int IdleCheckSeconds { get; set; } = 30;

    public SmtpSecurity EffectiveSecurity => Security ?? (EnableSsl == false ? SmtpSecurity.None : SmtpSecurity.StartTls);

    public SecureSocketOptions SocketOptions => EffectiveSecurity switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>
    /// A TCP connection to the relay with Nagle's algorithm off. SMTP waits for a reply after every write, so Nagle
    /// never has a second write to join to the first: it only held the end of a larger message (one with a calendar
    /// invitation) until the relay's delayed acknowledgement, some 40 ms a message.
    /// </summary>
    public async Task<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(Host, Port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Credentials never cross a network in clear: no TLS is allowed only to a relay on this machine.</summary>
    public string? Problem()
    {
        if (EffectiveSecurity != SmtpSecurity.None || IsLoopback(Host)) return null;
        return $"Mail:Smtp:Security is None but Mail:Smtp:Host '{Host}' is not this machine: use StartTls (port 587) or SslOnConnect (port 465).";
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}

/// <summary>What the mail server said: the status code (none when the connection failed) and its text.</summary>
public sealed record MailReply(int? StatusCode, string Text)
{
    public override string ToString() => StatusCode is { } code ? $"{code} {Text}" : Text;
}

/// <summary>A message not accepted. Permanent (a 5xx reply) is not tried again; anything else is, with backoff.</summary>
public sealed class MailNotSentException(MailReply reply, bool permanent, Exception? inner = null)
    : Exception(reply.ToString(), inner)
{
    public MailReply Reply { get; } = reply;
    public bool Permanent { get; } = permanent;
}

/// <summary>
/// The one seam for sending mail: MailKit over SMTP, or the pickup folder. A batch holds one connection for
/// many messages; dispose it to disconnect.
/// </summary>
public interface IMailTransport
{
    IMailBatch StartBatch();
}

public interface IMailBatch : IAsyncDisposable
{
    /// <summary>The server's reply when it accepted the message; <see cref="MailNotSentException"/> when not.</summary>
    Task<MailReply> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public static class MailTransportExtensions
{
    /// <summary>One message on a connection of its own (account emails, sent while the person waits).</summary>
    public static async Task<MailReply> SendAsync(this IMailTransport transport, MimeMessage message, CancellationToken cancellationToken)
    {
        await using var batch = transport.StartBatch();
        return await batch.SendAsync(message, cancellationToken);
    }
}

/// <summary>SMTP when Mail:Smtp:Host is set; otherwise .eml files in the data directory's mail-pickup folder.</summary>
public sealed class MailKitTransport(MailOptions options, DataDirectory dataDirectory, TimeProvider clock, ILogger<MailKitTransport> logger)
    : IMailTransport
{
    public string PickupDirectory { get; } = dataDirectory.Combine("mail-pickup");

    public IMailBatch StartBatch() => options.Smtp is { Host.Length: > 0 } smtp
        ? new SmtpBatch(options, smtp, clock, logger)
        : new PickupBatch(options, PickupDirectory);

    /// <summary>Every message leaves as 7-bit MIME, so the pickup file holds the bytes an SMTP server would receive.</summary>
    internal static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };
}

internal sealed class PickupBatch(MailOptions options, string folder) : IMailBatch
{
    public async Task<MailReply> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        options.Address(message);
        message.Prepare(EncodingConstraint.SevenBit);
        Directory.CreateDirectory(folder);
        // The real clock, not the portal's: files sort in the order they were written even when the portal's time stands still.
        var name = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}");
        await message.WriteToAsync(MailKitTransport.Format, name + ".tmp", cancellationToken);
        File.Move(name + ".tmp", name + ".eml");
        return new MailReply(null, "Written to the pickup folder as " + Path.GetFileName(name) + ".eml");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// One SMTP connection for a batch: connected and authenticated on the first message, checked with NOOP after
/// it sat idle, opened afresh after a protocol or network error, closed with QUIT at the end.
/// </summary>
internal sealed class SmtpBatch(MailOptions options, SmtpOptions smtp, TimeProvider clock, ILogger logger) : IMailBatch
{
    private SmtpClient? client;
    private DateTimeOffset lastUsed;

    public async Task<MailReply> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        options.Address(message);
        message.Prepare(EncodingConstraint.SevenBit);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(smtp.MessageTimeoutSeconds));
        SmtpClient connected;
        try
        {
            connected = await ReadyAsync(deadline.Token);
        }
        catch (Exception failed) when (!cancellationToken.IsCancellationRequested)
        {
            // Even a 5xx here (a greeting or sign-in refused) is about the connection, not this message: try it later.
            throw await ConnectionFailedAsync(failed);
        }
        try
        {
            var text = await connected.SendAsync(Format, message, deadline.Token);
            lastUsed = clock.GetUtcNow();
            return new MailReply(250, text);
        }
        catch (SmtpCommandException refused)
        {
            // The server answered: the connection is still good for the next message (MailKit has sent RSET).
            lastUsed = clock.GetUtcNow();
            var code = (int)refused.StatusCode;
            throw new MailNotSentException(new MailReply(code, refused.Message), permanent: code >= 500, refused);
        }
        catch (Exception failed) when (!cancellationToken.IsCancellationRequested)
        {
            throw await ConnectionFailedAsync(failed);
        }
    }

    /// <summary>A dropped connection, a protocol error, TLS or sign-in trouble, or the deadline: start afresh next time.</summary>
    private async Task<MailNotSentException> ConnectionFailedAsync(Exception failed)
    {
        logger.LogWarning(failed, "SMTP connection to {Host}:{Port} failed; the next message reconnects", smtp.Host, smtp.Port);
        await DropAsync();
        var what = failed switch
        {
            OperationCanceledException => $"No reply within {smtp.MessageTimeoutSeconds} s",
            SmtpCommandException refused => $"{(int)refused.StatusCode} {refused.Message}",
            _ => failed.Message,
        };
        return new MailNotSentException(new MailReply(null, $"{what} ({failed.GetType().Name})"), permanent: false, failed);
    }

    private static FormatOptions Format => MailKitTransport.Format;

    private async Task<SmtpClient> ReadyAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true } open)
        {
            if (clock.GetUtcNow() - lastUsed < TimeSpan.FromSeconds(smtp.IdleCheckSeconds)) return open;
            try
            {
                await open.NoOpAsync(cancellationToken);
                return open;
            }
            catch (Exception idleDropped) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation(idleDropped, "SMTP connection closed while idle; reconnecting");
                await DropAsync();
            }
        }
        await DropAsync();
        client = new SmtpClient();
        var socket = await smtp.ConnectAsync(cancellationToken);
        try
        {
            await client.ConnectAsync(socket, smtp.Host, smtp.Port, smtp.SocketOptions, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        lastUsed = clock.GetUtcNow();
        return client;
    }

    private async Task DropAsync()
    {
        if (client is null) return;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: false);
        }
        catch (Exception error) when (error is IOException or ServiceNotConnectedException or OperationCanceledException) { }
        client.Dispose();
        client = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (client is { IsConnected: true })
        {
            try { await client.DisconnectAsync(quit: true); }
            catch (Exception error) when (error is IOException or SmtpProtocolException or ServiceNotConnectedException)
            {
                logger.LogInformation(error, "SMTP server closed the connection before QUIT");
            }
        }
        client?.Dispose();
        client = null;
    }
}

public static class MailSetup
{
    public static IServiceCollection AddTrainingHubMail(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var options = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        if (options.Smtp is { Host.Length: > 0 } smtp && smtp.Problem() is { } problem) throw new InvalidOperationException(problem);
        services.AddSingleton(options);
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<IMailTransport>(sp => new MailKitTransport(
            options, dataDirectory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MailKitTransport>>()));
        return services;
    }
}
