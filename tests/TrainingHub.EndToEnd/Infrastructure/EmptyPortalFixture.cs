using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// A portal with no demo data at all, on Kestrel, sending its mail to a real SMTP server process, with a clock a
/// journey may move.
/// </summary>
public sealed class EmptyPortalFixture : IDisposable
{
    public SmtpSink Smtp { get; } = new();
    public JourneyClock Clock { get; } = new();
    public KestrelPortal Portal { get; }
    public Mailbox Mail { get; }

    public EmptyPortalFixture()
    {
        Portal = new KestrelPortal(new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "false",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(),
            ["Mail:Smtp:Security"] = "None",
            ["Messages:PortalUrl"] = "https://traininghub.test",
        }, Clock);
        Mail = new Mailbox(Portal, Smtp);
    }

    public void Dispose()
    {
        Portal.Dispose();
        Smtp.Dispose();
    }
}
