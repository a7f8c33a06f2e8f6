using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Pages.Outbox;

namespace TrainingHub.Tests.Pages.Outbox;

public sealed class OutboxCapTests : IDisposable
{
    private readonly OutboxPortal portal = new();

    [Fact]
    public async Task A_long_outbox_shows_the_newest_hundred_and_says_how_many_more_match()
    {
        var amina = await portal.PersonAsync("Amina", "Khan");
        var due = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var ids = new List<long>();
        for (var i = 0; i < OutboxSearch.PageRows + 3; i++)
            ids.Add(await portal.MessageAsync(amina.Id, "booking-confirmed", NotificationStatus.Sent, due));
        var lead = await portal.LeadAsync();

        var page = PageHtml.Parse(await lead.GetPageAsync("/Outbox"));

        var shown = page.QuerySelectorAll("#outbox tbody tr").Select(tr => long.Parse(tr.GetAttribute("data-id")!)).ToList();
        Assert.Equal(OutboxSearch.PageRows, shown.Count);
        Assert.All(ids.Take(3), oldest => Assert.DoesNotContain(oldest, shown));
        Assert.Equal("The 100 most recent of 103 messages that match (UK time)", page.TextOf("#outbox caption"));
        Assert.Equal("3 more messages match but are not shown: narrow the filters to find them.", page.TextOf("#not-shown"));
    }

    public void Dispose() => portal.Dispose();
}
