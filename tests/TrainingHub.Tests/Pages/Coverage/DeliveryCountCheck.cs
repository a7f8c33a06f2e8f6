using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Facilitation;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Delivery;

namespace TrainingHub.Tests.Pages.Coverage;

/// <summary>
/// The database groups the delivery report's completions by UK year, place and type and counts distinct clinicians
/// and practices. This checks it against the report's rule worked out in memory over varied attendance, across a New
/// Year, on whichever database the factory uses.
/// </summary>
public static class DeliveryCountCheck
{
    private sealed record Given(int EventId, int Year, string Place, int TypeId, int? PersonId, int? PracticeId, ProfessionalRole? Role, bool Completed);

    public static async Task DatabaseCountsAgreeWithTheRuleAsync(PortalFactory factory)
    {
        var faker = new Faker { Random = new Randomizer(11) };
        var leeds = await factory.Data.PlaceAsync(name: "Leeds");
        var york = await factory.Data.PlaceAsync(name: "York");
        var practices = new List<int?> { null };
        foreach (var place in new[] { leeds, york, leeds }) practices.Add((await factory.Data.PracticeAsync(place.Id)).Id);
        var people = new List<Web.Data.Entities.Person>();
        foreach (var role in Enum.GetValues<ProfessionalRole>().Concat([ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse]))
            people.Add(await factory.Data.PersonAsync(faker.PickRandom(practices), role));
        // The last moments of one UK year and the first of the next; two groups have two events each.
        var starts = new[]
        {
            (At(2024, 12, 31, 23, 30), (int?)leeds.Id, 2), (At(2024, 3, 5, 9, 0), leeds.Id, 2), (At(2025, 1, 1, 0, 30), leeds.Id, 2),
            (At(2025, 7, 1, 23, 30), null, 8), (At(2025, 2, 1, 9, 0), null, 8), (At(2023, 6, 15, 9, 0), york.Id, 1),
        };
        var given = new List<Given>();
        foreach (var (at, placeId, typeId) in starts)
        {
            var ev = await factory.PastEventAsync(eventTypeId: typeId, placeId: placeId, title: $"Event {at:O}", startsAt: at);
            var place = placeId == leeds.Id ? "Leeds" : placeId == york.Id ? "York" : DeliveryReport.ProgrammeWide;
            foreach (var person in faker.PickRandom(people, faker.Random.Int(2, people.Count)))
            {
                var completed = faker.Random.Bool(0.85f);
                await factory.BookingAsync(ev.Id, person, completed ? BookingState.Attended : BookingState.Booked);
                given.Add(new Given(ev.Id, LondonTime.DateOf(at).Year, place, typeId, person.Id, person.PracticeId, person.ProfessionalRole, completed));
            }
        }

        using var scope = factory.Services.CreateScope();
        var types = await scope.ServiceProvider.GetRequiredService<Web.Data.TrainingHubDbContext>().EventTypes.ToDictionaryAsync(t => t.Id, t => t.Name);
        var report = await scope.ServiceProvider.GetRequiredService<DeliveryReports>().BuildAsync();

        var expected = given.GroupBy(g => (g.Year, g.Place, g.TypeId))
            .Select(g => $"{g.Key.Year} {g.Key.Place} {types[g.Key.TypeId]} {Counts(g)}").Order();
        Assert.Equal(expected, report.ByPlaceAndYear.Select(r => $"{r.Year} {r.Place} {r.EventType} {r.Events}/{r.Attendees}/{r.DistinctClinicians}/{r.DistinctPractices}").Order());
        Assert.Equal(given.GroupBy(g => g.TypeId).Select(g => $"{types[g.Key]} {Counts(g)}").Order(),
            report.ByType.Select(r => $"{r.EventType} {r.Events}/{r.Attendees}/{r.DistinctClinicians}/{r.DistinctPractices}").Order());
        // The data exercises what the counting must tell apart.
        Assert.Contains(given, g => g.Completed && !PracticeTrained.IsClinical(g.Role));
        Assert.Contains(given, g => g.Completed && g.PracticeId is null);
        Assert.Contains(given, g => !g.Completed);
        Assert.Contains(report.ByPlaceAndYear, r => r.Attendees > r.DistinctPractices);
    }

    /// <summary>
    /// Only each active practice's latest completed review counts: a later day wins, and on one day the last made;
    /// drafts and closed practices are left out.
    /// </summary>
    public static async Task FidelityCountsTheLatestCompletedReviewOfEachActivePracticeAsync(PortalFactory factory)
    {
        var place = await factory.Data.PlaceAsync();
        var (older, sameDay, overdue, closed) = (await factory.Data.PracticeAsync(place.Id), await factory.Data.PracticeAsync(place.Id),
            await factory.Data.PracticeAsync(place.Id), await factory.Data.PracticeAsync(place.Id, status: PracticeStatus.Closed));
        var facilitator = await factory.Data.FacilitatorAsync();
        var today = factory.Today();
        Task Review(Practice practice, FidelityRating rating, int daysAgo, ReviewStatus status = ReviewStatus.Completed, int dueInDays = 200) =>
            factory.RatedReviewAsync(facilitator.Id, practice.Id, rating, today.AddDays(-daysAgo), today.AddDays(dueInDays), status);
        await Review(older, FidelityRating.NotInPlace, daysAgo: 10);
        await Review(older, FidelityRating.Fully, daysAgo: 300);
        await Review(sameDay, FidelityRating.NotInPlace, daysAgo: 20);
        await Review(sameDay, FidelityRating.Fully, daysAgo: 20);
        await Review(sameDay, FidelityRating.NotInPlace, daysAgo: 0, status: ReviewStatus.Draft);
        await Review(overdue, FidelityRating.Partly, daysAgo: 400, dueInDays: -35);
        await Review(closed, FidelityRating.NotInPlace, daysAgo: 5);

        using var scope = factory.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<DeliveryReports>().BuildAsync();
        Assert.Equal(new FidelityDistribution(Red: 1, Amber: 1, Green: 1, Overdue: 1, ActivePracticesReviewed: 3), report.Fidelity);
    }

    private static string Counts(IEnumerable<Given> group)
    {
        var done = group.Where(g => g.Completed).ToList();
        return $"{group.Select(g => g.EventId).Distinct().Count()}/{done.Count}/" +
               $"{done.Where(g => PracticeTrained.IsClinical(g.Role)).Select(g => g.PersonId).Distinct().Count()}/" +
               $"{done.Where(g => g.PracticeId != null).Select(g => g.PracticeId).Distinct().Count()}";
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        LondonTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute)).Instant!.Value;
}
