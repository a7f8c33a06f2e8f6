using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using MimeKit;
using TrainingHub.Web.Content;

namespace TrainingHub.Web.Messages;

/// <summary>One message kind as written in content/emails/{Kind}.md.</summary>
public sealed record EmailTemplate(string Kind, string Subject, bool Essential, string Body);

/// <summary>A template with every placeholder filled: ready to send.</summary>
public sealed record RenderedEmail(string Kind, string Subject, bool Essential, string Html, string Text)
{
    /// <summary>
    /// A multipart/alternative message: plain text, then HTML, then for an invitation the calendar itself
    /// (text/calendar with the calendar's METHOD), last because a client shows the last alternative it understands
    /// and a calendar client acts on it. Files follow in multipart/mixed, the invitation again as an .ics file.
    /// </summary>
    public MimeMessage ToMimeMessage(MailboxAddress recipient, IEnumerable<EmailAttachment>? attachments = null)
    {
        var files = (attachments ?? []).ToList();
        var alternative = new MultipartAlternative { TextPart("plain", Text), TextPart("html", Html) };
        foreach (var invitation in files.Where(f => f.CalendarMethod is not null))
        {
            var calendar = TextPart("calendar", invitation.Content);
            calendar.ContentType.Parameters.Add("method", invitation.CalendarMethod!);
            alternative.Add(calendar);
        }
        var message = new MimeMessage { Subject = Subject };
        message.To.Add(recipient);
        message.Body = files.Count == 0 ? alternative : WithFiles(alternative, files);
        return message;
    }

    public static TextPart TextPart(string subtype, string text)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, text);
        return part;
    }

    private static Multipart WithFiles(MultipartAlternative alternative, List<EmailAttachment> files)
    {
        var mixed = new Multipart("mixed") { alternative };
        foreach (var file in files)
        {
            var type = ContentType.Parse(file.ContentType);
            if (!type.Parameters.Contains("charset")) type.Charset = "utf-8";
            mixed.Add(new MimePart(type)
            {
                Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(file.Content))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }
        return mixed;
    }
}

/// <summary>Thrown rather than sending a message with a {{placeholder}} nobody filled.</summary>
public sealed class UnfilledPlaceholderException(string kind, IReadOnlyCollection<string> missing)
    : InvalidOperationException($"Email '{kind}' cannot be sent: no value for {string.Join(", ", missing.Select(m => "{{" + m + "}}"))}.")
{
    public IReadOnlyCollection<string> Missing { get; } = missing;
}

public sealed partial class EmailTemplates(MarkdownRenderer markdown)
{
    public static string Folder => Path.Combine(ContentLibrary.Root, "emails");

    private static readonly MarkdownPipeline TextPipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    private readonly ConcurrentDictionary<string, (DateTime Written, EmailTemplate Template)> loaded = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\{\s*([a-z_]+(?:\.[a-z0-9_]+)*)\s*\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    public IReadOnlyList<string> Kinds() =>
        Directory.EnumerateFiles(Folder, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !string.Equals(name, "README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList()!;

    /// <summary>
    /// The template as its file is now. A parsed template is kept while its file is unchanged, so a burst of one kind
    /// reads and parses it once rather than listing the folder and reading the file for every message.
    /// </summary>
    public EmailTemplate Load(string kind)
    {
        var file = Path.Combine(Folder, kind + ".md");
        if (loaded.TryGetValue(kind, out var kept) && File.GetLastWriteTimeUtc(file) == kept.Written) return kept.Template;
        if (!Kinds().Contains(kind)) throw new ArgumentException($"There is no email template '{kind}'.", nameof(kind));
        var written = File.GetLastWriteTimeUtc(file);
        var template = Parse(kind, File.ReadAllText(file));
        loaded[kind] = (written, template);
        return template;
    }

    /// <summary>The placeholders a template needs, so callers and the preview page can supply them.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(EmailTemplate template) =>
        Placeholder().Matches(template.Subject + "\n" + template.Body)
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public RenderedEmail Render(string kind, IReadOnlyDictionary<string, string> values) => Render(Load(kind), values);

    public RenderedEmail Render(EmailTemplate template, IReadOnlyDictionary<string, string> values)
    {
        var missing = PlaceholdersIn(template).Where(p => string.IsNullOrWhiteSpace(values.GetValueOrDefault(p))).ToList();
        if (missing.Count > 0) throw new UnfilledPlaceholderException(template.Kind, missing);
        var subject = Fill(template.Subject, values).ReplaceLineEndings(" ").Trim();
        var escaped = ForMarkdown(values);
        var body = Fill(template.Body, escaped);
        return new RenderedEmail(template.Kind, subject, template.Essential, markdown.ToHtml(body).Value ?? "", PlainText(template, values, escaped));
    }

    /// <summary>
    /// The plain-text part. Markdig's plain text loses the '&amp;' between a link's query parameters, so each link
    /// stands in as a word while the Markdown is converted and is put back whole after.
    /// </summary>
    private static string PlainText(EmailTemplate template, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> escaped)
    {
        var links = new List<string>();
        var stand = escaped.ToDictionary(v => v.Key, v =>
        {
            if (KindOf(v.Key) != ValueKind.Link || !v.Value.StartsWith('<')) return v.Value;
            links.Add(values[v.Key].Trim());
            return $"LINKSTANDIN{links.Count - 1}X";
        }, StringComparer.Ordinal);
        var text = Markdown.ToPlainText(Fill(template.Body, stand), TextPipeline).Trim() + "\n";
        for (var i = 0; i < links.Count; i++) text = text.Replace($"LINKSTANDIN{i}X", links[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>
    /// The one place values meet a template's Markdown: addresses become links, a value whose key ends in
    /// <c>_markdown</c> is Markdown the portal wrote (escaping what it took from people itself), and everything
    /// else is escaped, so a name like <c>[Reset your password](https://…)</c> arrives as those words.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> ForMarkdown(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(v => v.Key, v => KindOf(v.Key) switch
        {
            ValueKind.Link => MarkdownText.Link(v.Value),
            ValueKind.Markdown => v.Value,
            _ => MarkdownText.Escape(v.Value),
        }, StringComparer.Ordinal);

    private enum ValueKind { Text, Link, Markdown }

    private static ValueKind KindOf(string key)
    {
        var name = key[(key.LastIndexOf('.') + 1)..];
        if (name == "url" || name.EndsWith("_url", StringComparison.Ordinal)) return ValueKind.Link;
        return name.EndsWith("_markdown", StringComparison.Ordinal) ? ValueKind.Markdown : ValueKind.Text;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values[m.Groups[1].Value]);

    internal static EmailTemplate Parse(string kind, string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") throw new FormatException($"Email '{kind}' has no front matter.");
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0) throw new FormatException($"Email '{kind}' front matter is not closed with ---.");
        var fields = lines[1..end]
            .Where(l => l.Contains(':'))
            .ToDictionary(l => l[..l.IndexOf(':')].Trim(), l => l[(l.IndexOf(':') + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        if (!fields.TryGetValue("subject", out var subject) || subject.Length == 0)
            throw new FormatException($"Email '{kind}' has no subject.");
        var essential = fields.TryGetValue("essential", out var flag) && bool.Parse(flag);
        return new EmailTemplate(kind, subject, essential, string.Join('\n', lines[(end + 1)..]).Trim() + "\n");
    }
}
