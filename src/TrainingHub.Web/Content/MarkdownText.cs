using System.Text;

namespace TrainingHub.Web.Content;

/// <summary>
/// Puts text that people or the database supplied into Markdown the portal writes, so that it reads as the same
/// words and never as a link, image, heading, list or HTML.
/// </summary>
public static class MarkdownText
{
    /// <summary>Backslash-escapes every ASCII punctuation character (CommonMark allows any to be escaped).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (char.IsAsciiLetterOrDigit(c) || c > '~' || !char.IsPunctuation(c) && !char.IsSymbol(c)) escaped.Append(c);
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Escaped, on one line: for values that sit inside a sentence or a list item.</summary>
    public static string OneLine(string? text) => Escape(string.Join(' ', (text ?? "").ReplaceLineEndings("\n").Split('\n',
        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>
    /// A link the portal made (an https or http address) as a Markdown autolink; anything else, which the portal
    /// never makes, is shown as escaped text rather than linked.
    /// </summary>
    public static string Link(string? url)
    {
        var trimmed = (url ?? "").Trim();
        var linkable = Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute)
            && absolute.Scheme is "https" or "http"
            && !trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>');
        return linkable ? $"<{trimmed}>" : Escape(trimmed);
    }
}
