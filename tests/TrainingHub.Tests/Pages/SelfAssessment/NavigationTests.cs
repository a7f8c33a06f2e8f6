using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.SelfAssessment;

public sealed class NavigationTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private Person lead = null!, nurse = null!;

    public async Task InitializeAsync()
    {
        var place = await factory.Data.PlaceAsync();
        lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        nurse = await factory.Data.PersonAsync((await factory.Data.PracticeAsync(place.Id)).Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Everyone_signed_in_can_read_the_self_assessments()
    {
        using var client = factory.CreateClientFor(nurse.Id);
        Assert.Contains("<h1", await client.GetPageAsync("/SelfAssessment"));
    }

    [Fact]
    public async Task A_lead_has_a_home_card_for_system_self_assessment()
    {
        using var client = factory.CreateClientFor(lead.Id);
        var home = await client.GetPageAsync("/");
        Assert.Contains("<a class=\"nhsuk-card__link\" href=\"/SelfAssessment\">System self-assessment</a>", home);
    }
}
