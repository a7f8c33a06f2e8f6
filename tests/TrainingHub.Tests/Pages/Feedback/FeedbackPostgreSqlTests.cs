using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Feedback;

/// <summary>The one-response rule and the stale-edit refusal on the production database.</summary>
public sealed class FeedbackPostgreSqlTests() : PostgreSqlPortal(jobs: true)
{
    [Fact]
    public async Task On_postgresql_answers_sent_at_once_leave_one_response_and_a_stale_edit_is_refused()
    {
        var ev = await Factory.PastEventAsync();
        var (person, booking) = await Factory.AttendeeAsync(ev.Id);
        var client = Factory.CreateClientFor(person.Id);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Feedback/{booking.Id}"));

        Task<HttpResponseMessage> Send(int rating, int version)
        {
            var answer = FeedbackData.FullAnswer(version);
            answer["Input.OverallRating"] = rating.ToString();
            answer["__RequestVerificationToken"] = token;
            return client.PostAsync($"/Feedback/{booking.Id}", new FormUrlEncodedContent(answer));
        }

        var firsts = await Task.WhenAll(Enumerable.Range(1, 4).Select(r => Send(r, 0)));
        Assert.All(firsts, r => Assert.True((int)r.StatusCode < 500));
        Assert.Single(firsts, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.FeedbackResponses.CountAsync(r => r.BookingId == booking.Id)));

        var edits = await Task.WhenAll(Send(2, 1), Send(5, 1));
        Assert.Single(edits, r => r.StatusCode == HttpStatusCode.Redirect);
        var kept = await Factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Equal(2, kept.Version);
        await Assert.ThrowsAsync<DbUpdateException>(() => Factory.ResponseAsync(booking));
    }

    [Fact]
    public Task On_postgresql_the_figures_the_database_counts_agree_with_the_domain_rules() =>
        FeedbackTallyCheck.DatabaseCountsAgreeWithTheDomainAsync(Factory);
}
