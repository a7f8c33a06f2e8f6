namespace TrainingHub.Web.Domain.Events;

/// <summary>
/// The rule for a web address someone types (an event's joining link): a full https address and nothing else,
/// so no javascript:, data: or file: link can reach a page, a calendar or an email.
/// </summary>
public static class WebLink
{
    public const string NotHttps = "Enter the joining link as a full https:// address, like https://meet.example.nhs.uk/123";

    public static bool IsHttps(string? typed) =>
        typed is { } text
        && !text.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var link)
        && link.Scheme == Uri.UriSchemeHttps
        && link.Host.Length > 0;
}
