namespace TrainingHub.Web.Messages;

/// <summary>The "Messages" section of configuration: how messages name the programme and link back to the portal.</summary>
public sealed class MessageOptions
{
    public string ProgrammeName { get; set; } = "Thames Valley PCSP programme";
    /// <summary>The portal's public address, for links in messages (no request to read it from in a job).</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";
    /// <summary>The programme's mailbox: the organiser of calendar invitations, where replies and declines go.</summary>
    public string OrganiserEmail { get; set; } = "pcsp.programme@example.nhs.uk";
    public string OrganiserName { get; set; } = "PCSP programme team";
    /// <summary>How long before each session the calendar alarm goes off.</summary>
    public int AlarmMinutesBefore { get; set; } = 60;

    public string Link(string path) => PortalUrl.TrimEnd('/') + path;
}
