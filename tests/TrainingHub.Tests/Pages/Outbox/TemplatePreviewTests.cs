using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Outbox;

public sealed class TemplatePreviewTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    [Fact]
    public async Task A_lead_previews_every_template_filled_with_sample_details()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var html = await factory.CreateClientFor(lead.Id).GetStringAsync("/Outbox/Templates");

        foreach (var kind in new[] { "booking-confirmed", "reminder-7-days", "feedback-chase", "programme-announcement" })
            Assert.Contains($"<h2>{kind}</h2>", html);
        Assert.Contains("Oxford Town Hall", html);
        Assert.DoesNotContain("{{", html);
    }

    public void Dispose() => factory.Dispose();
}
