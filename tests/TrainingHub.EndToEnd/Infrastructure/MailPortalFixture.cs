using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// One portal on Kestrel sending its mail to a real SMTP server process, with a clock a journey may move;
/// shared by a test class (seeding the demo programme takes seconds).
/// </summary>
public sealed class MailPortalFixture : IDisposable
{
    public SmtpSink Smtp { get; } = new();
    public JourneyClock Clock { get; } = new();
    public KestrelPortal Portal { get; }
    public Mailbox Mail { get; }

    public MailPortalFixture()
    {
        Portal = new KestrelPortal(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(),
            ["Mail:Smtp:Security"] = "None",
            ["Messages:PortalUrl"] = "https://traininghub.test",
            ["Messages:OrganiserEmail"] = "pcsp@programme.test",
        }, Clock);
        Mail = new Mailbox(Portal, Smtp);
    }

    public void Dispose()
    {
        Portal.Dispose();
        Smtp.Dispose();
    }
}
