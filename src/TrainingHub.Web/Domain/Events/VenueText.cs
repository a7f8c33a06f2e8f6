namespace TrainingHub.Web.Domain.Events;

/// <summary>Where an event happens, as one line: "Online", or the venue's name and address.</summary>
public static class VenueText
{
    public static string Of(bool isOnline, string? name, string? address) =>
        isOnline ? "Online" : string.Join(", ", new[] { name, address }.Where(v => !string.IsNullOrWhiteSpace(v)));
}
