using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>Every email template rendered with sample values, as a lead checks wording before it goes out.</summary>
public sealed class TemplatesModel(EmailTemplates templates) : PortalPageModel
{
    public IReadOnlyList<RenderedEmail> Previews { get; private set; } = [];

    public void OnGet() =>
        Previews = templates.Kinds().Select(kind => templates.Render(kind, TemplateSamples.Values)).ToList();
}
