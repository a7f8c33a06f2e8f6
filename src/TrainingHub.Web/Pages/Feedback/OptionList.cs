using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>
/// A filter's options, written as HTML once and kept with the cached choices. Nationally the trainer list runs to
/// thousands, and writing each option afresh for every request was about half of what the report page allocated;
/// now a request marks the chosen option on the way out.
/// </summary>
public sealed class OptionList(IReadOnlyList<ReportsModel.Option> options)
{
    private sealed record Written(HtmlEncoder Encoder, string Html, Dictionary<int, int> SelectedGoesAt);

    private Written? written;

    public IReadOnlyList<ReportsModel.Option> Options { get; } = options;

    /// <summary>The options with <paramref name="chosen"/> (if it is one of them) selected.</summary>
    public IHtmlContent Choosing(int? chosen) => new Chosen(this, chosen);

    private Written WrittenFor(HtmlEncoder encoder)
    {
        if (written is { } w && ReferenceEquals(w.Encoder, encoder)) return w;
        var html = new StringBuilder();
        var selectedGoesAt = new Dictionary<int, int>();
        foreach (var o in Options)
        {
            html.Append("<option value=\"").Append(o.Id.ToString(CultureInfo.InvariantCulture)).Append('"');
            selectedGoesAt.TryAdd(o.Id, html.Length);
            html.Append('>').Append(encoder.Encode(o.Name)).Append("</option>");
        }
        return written = new Written(encoder, html.ToString(), selectedGoesAt);
    }

    private sealed class Chosen(OptionList list, int? chosen) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var w = list.WrittenFor(encoder);
            if (chosen is not { } id || !w.SelectedGoesAt.TryGetValue(id, out var at))
            {
                writer.Write(w.Html);
                return;
            }
            writer.Write(w.Html.AsSpan(0, at));
            writer.Write(" selected");
            writer.Write(w.Html.AsSpan(at));
        }
    }
}
