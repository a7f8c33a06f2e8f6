using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>
/// Two people open the same draft review; the lead saves first; the facilitator's later save is refused with the
/// lead's values shown, and nothing the facilitator typed reaches the database. Run on each database provider.
/// </summary>
public static class ReviewConflictScenario
{
    public static async Task RunAsync(PortalFactory factory)
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(facilitator.Id, practice.Id);
        var lead = await factory.Data.LeadAsync();
        var facilitatorClient = factory.CreateClientFor(facilitator.Id);
        var leadClient = factory.CreateClientFor(lead.Id);
        var reviewId = await facilitatorClient.StartReviewAsync(practice.Id);

        var facilitatorLoaded = await facilitatorClient.LoadedVersionAsync(reviewId);
        var leadLoaded = await leadClient.LoadedVersionAsync(reviewId);
        var leadSave = await leadClient.SaveReviewAsync(reviewId, ReviewForms.Form(leadLoaded, FidelityRating.Fully, "Lead saw templates in use"));
        var facilitatorSave = await facilitatorClient.SaveReviewAsync(reviewId, ReviewForms.Form(facilitatorLoaded, FidelityRating.NotInPlace, "Facilitator found no templates"));

        Assert.Equal(HttpStatusCode.Redirect, leadSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, facilitatorSave.StatusCode);
        var html = WebUtility.HtmlDecode(await facilitatorSave.Content.ReadAsStringAsync());
        Assert.Contains($"{lead.FullName} saved this review while you were editing it. Nothing you entered has been saved.", html);
        Assert.Contains("Fully in place: Lead saw templates in use", html);
        Assert.Contains("Not in place: Facilitator found no templates", html);

        var saved = await factory.WithDbAsync(db => db.FidelityReviews.Include(r => r.Ratings).AsNoTracking().SingleAsync(r => r.Id == reviewId));
        Assert.Equal(int.Parse(leadLoaded) + 1, saved.Version);
        Assert.Equal(lead.Id, saved.UpdatedById);
        Assert.All(saved.Ratings, r => Assert.Equal((FidelityRating?)FidelityRating.Fully, r.Rating));
        Assert.All(saved.Ratings, r => Assert.Equal("Lead saw templates in use", r.Evidence));

        // Saving again from the conflict page is a deliberate choice, and now succeeds.
        var again = await facilitatorClient.SaveReviewAsync(reviewId, ReviewForms.Form(saved.Version.ToString(), FidelityRating.Partly, "Agreed after talking"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
