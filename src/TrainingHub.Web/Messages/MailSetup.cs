using System.Net;
using System.Net.Mail;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Web.Messages;

/// <summary>The "Mail" section of configuration.</summary>
public sealed class MailOptions
{
    public string FromAddress { get; set; } = "traininghub@example.nhs.uk";
    public string FromName { get; set; } = "TrainingHub";
    public SmtpOptions? Smtp { get; set; }
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>
/// The one seam for sending mail. System.Net.Mail today; a MailKit transport is one more implementation
/// where a registry serves it.
/// </summary>
public interface IMailTransport
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}

/// <summary>SMTP when Mail:Smtp is configured; otherwise .eml files in the data directory's mail-pickup folder.</summary>
public sealed class SystemNetMailTransport(MailOptions options, DataDirectory dataDirectory) : IMailTransport
{
    public string PickupDirectory { get; } = dataDirectory.Combine("mail-pickup");

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        message.From ??= new MailAddress(options.FromAddress, options.FromName);
        using var client = CreateClient();
        await client.SendMailAsync(message, cancellationToken);
    }

    private SmtpClient CreateClient()
    {
        if (options.Smtp is { Host.Length: > 0 } smtp)
        {
            return new SmtpClient(smtp.Host, smtp.Port)
            {
                EnableSsl = smtp.EnableSsl,
                Credentials = smtp.UserName is null ? null : new NetworkCredential(smtp.UserName, smtp.Password),
            };
        }
        Directory.CreateDirectory(PickupDirectory);
        return new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = PickupDirectory,
        };
    }
}

public static class MailSetup
{
    public static IServiceCollection AddTrainingHubMail(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var options = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(options);
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<IMailTransport>(new SystemNetMailTransport(options, dataDirectory));
        return services;
    }
}
