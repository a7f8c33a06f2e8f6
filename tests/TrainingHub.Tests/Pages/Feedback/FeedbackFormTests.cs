using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Tests.Pages.Feedback;

public sealed class FeedbackFormTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<int> ResponsesFor(int bookingId) => factory.WithDbAsync(db => db.FeedbackResponses.CountAsync(r => r.BookingId == bookingId));

    [Fact]
    public async Task An_attendee_gives_feedback_once_and_changes_it_while_the_form_is_open()
    {
        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        var client = factory.CreateClientFor(person.Id);

        var list = await client.GetPageAsync("/Feedback");
        Assert.Contains($"href=\"/Feedback/{booking.Id}\"", list);
        Assert.Contains("Give feedback", list);

        var first = await client.PostFormAsync($"/Feedback/{booking.Id}", FeedbackData.FullAnswer());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var saved = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Equal((5, Agreement.StronglyAgree, 2, 4, TrainingNeeds.Dementia, true, 1),
            (saved.OverallRating, saved.BetterUnderstanding!.Value, saved.ConfidenceBefore!.Value, saved.ConfidenceAfter!.Value, saved.TrainingNeeds!.Value, saved.MayQuote, saved.Version));
        Assert.Equal(ev.Id, saved.ProgrammeEventId);

        var again = await client.GetPageAsync($"/Feedback/{booking.Id}");
        Assert.Contains("Practising the conversation", again);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", again);

        var change = FeedbackData.FullAnswer(version: 1);
        change["Input.OverallRating"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Feedback/{booking.Id}", change)).StatusCode);
        var changed = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Equal((3, 2), (changed.OverallRating, changed.Version));
        Assert.Contains("Change your feedback", await client.GetPageAsync("/Feedback"));
    }

    [Fact]
    public async Task Nobody_opens_or_answers_another_persons_form_by_changing_the_number()
    {
        var ev = await factory.PastEventAsync();
        var (_, booking) = await factory.AttendeeAsync(ev.Id);
        var (other, otherBooking) = await factory.AttendeeAsync(ev.Id);
        var lead = await factory.LeadAsync();

        foreach (var who in new[] { other.Id, lead.Id })
        {
            var client = factory.CreateClientFor(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Feedback/{booking.Id}")).StatusCode);
            // A real token from a form the person may open, posted at someone else's booking.
            var token = who == other.Id ? Forms.AntiforgeryToken(await client.GetPageAsync($"/Feedback/{otherBooking.Id}")) : null;
            if (token is null) continue;
            var fields = FeedbackData.FullAnswer().Append(new("__RequestVerificationToken", token));
            var post = await client.PostAsync($"/Feedback/{booking.Id}", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(0, await ResponsesFor(booking.Id));
        Assert.DoesNotContain($"/Feedback/{booking.Id}\"", await factory.CreateClientFor(other.Id).GetPageAsync("/Feedback"));
    }

    [Theory]
    [InlineData(BookingState.Booked)]
    [InlineData(BookingState.NoShow)]
    public async Task Someone_who_did_not_complete_the_event_cannot_give_feedback(BookingState state)
    {
        var ev = await factory.PastEventAsync();
        var person = await factory.Data.PersonAsync();
        var booking = await factory.BookingAsync(ev.Id, person, state);
        var client = factory.CreateClientFor(person.Id);

        var page = await client.GetPageAsync($"/Feedback/{booking.Id}");
        Assert.Contains("Feedback opens once you have completed the event", page);
        Assert.DoesNotContain("Send feedback", page);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync("/Preferences"));
        var post = await client.PostAsync($"/Feedback/{booking.Id}", new FormUrlEncodedContent(FeedbackData.FullAnswer().Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await ResponsesFor(booking.Id));
    }

    [Fact]
    public async Task The_form_closes_28_days_after_the_event_and_then_refuses_changes()
    {
        var ev = await factory.PastEventAsync(endedDaysAgo: 29);
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(booking, rating: 2);
        var client = factory.CreateClientFor(person.Id);

        var page = await client.GetPageAsync($"/Feedback/{booking.Id}");
        Assert.Contains("Feedback for this event has closed", page);
        Assert.Contains("Given (closed)", await client.GetPageAsync("/Feedback"));
        var token = Forms.AntiforgeryToken(await client.GetPageAsync("/Preferences"));
        await client.PostAsync($"/Feedback/{booking.Id}", new FormUrlEncodedContent(FeedbackData.FullAnswer(1).Append(new("__RequestVerificationToken", token))));
        Assert.Equal(2, await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => r.BookingId == booking.Id).Select(r => r.OverallRating).SingleAsync()));
    }

    [Theory]
    [InlineData("Input.OverallRating", "", "Choose an overall rating from 1 to 5")]
    [InlineData("Input.OverallRating", "9", "Choose an overall rating from 1 to 5")]
    [InlineData("Input.BetterUnderstanding", "7", "Say how far you agree that you have a better understanding")]
    [InlineData("Input.BetterUnderstanding", "", "Say how far you agree that you have a better understanding")]
    [InlineData("Input.ConfidenceAfter", "", "Choose how confident you feel now, from 1 to 5")]
    [InlineData("Input.ConfidenceBefore", "0", "Choose how confident you felt before, from 1 to 5")]
    [InlineData("Input.MayQuote", "", "Say whether we may quote your comments")]
    [InlineData("Input.Needs", "Other", "Say what other training you need")]
    [InlineData("Input.Needs", "1024", "Choose training needs from the list")]
    public async Task Bad_answers_are_explained_beside_the_field_keep_what_was_typed_and_save_nothing(string field, string value, string message)
    {
        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        var answer = FeedbackData.FullAnswer();
        answer[field] = value;
        answer["Input.MostUseful"] = "Kept <typed> text";

        var response = await factory.CreateClientFor(person.Id).PostFormAsync($"/Feedback/{booking.Id}", answer);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(message, html);
        Assert.Contains("Kept &lt;typed&gt; text", html);
        Assert.Equal(0, await ResponsesFor(booking.Id));
    }

    [Fact]
    public async Task A_change_made_from_a_stale_copy_of_the_form_is_refused_not_lost()
    {
        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(booking, rating: 4);
        var client = factory.CreateClientFor(person.Id);

        var firstWindow = FeedbackData.FullAnswer(version: 1);
        firstWindow["Input.OverallRating"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Feedback/{booking.Id}", firstWindow)).StatusCode);

        var secondWindow = FeedbackData.FullAnswer(version: 1);
        secondWindow["Input.OverallRating"] = "5";
        var stale = await client.PostFormAsync($"/Feedback/{booking.Id}", secondWindow);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed in another window", await stale.Content.ReadAsStringAsync());
        var kept = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Equal((1, 2), (kept.OverallRating, kept.Version));
    }

    [Fact]
    public async Task Feedback_saved_before_responses_carried_a_version_is_changed_by_its_author_and_a_stale_copy_still_refused()
    {
        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(booking, rating: 4, version: 0);
        var client = factory.CreateClientFor(person.Id);
        var form = await client.GetPageAsync($"/Feedback/{booking.Id}");
        Assert.Contains("name=\"Input.Version\" value=\"0\"", form);
        Assert.Contains("Save changes", form);

        var firstWindow = FeedbackData.FullAnswer(version: 0);
        firstWindow["Input.OverallRating"] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Feedback/{booking.Id}", firstWindow)).StatusCode);
        var secondWindow = FeedbackData.FullAnswer(version: 0);
        secondWindow["Input.OverallRating"] = "5";
        var stale = await client.PostFormAsync($"/Feedback/{booking.Id}", secondWindow);

        Assert.Contains("changed in another window", await stale.Content.ReadAsStringAsync());
        var kept = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Equal((2, 1), (kept.OverallRating, kept.Version));
    }

    [Fact]
    public async Task Two_first_answers_sent_at_once_leave_one_response()
    {
        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        var client = factory.CreateClientFor(person.Id);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Feedback/{booking.Id}"));
        var sends = Enumerable.Range(1, 4).Select(i =>
        {
            var answer = FeedbackData.FullAnswer();
            answer["Input.OverallRating"] = i.ToString();
            answer["__RequestVerificationToken"] = token;
            return client.PostAsync($"/Feedback/{booking.Id}", new FormUrlEncodedContent(answer));
        }).ToList();
        var results = await Task.WhenAll(sends);
        Assert.All(results, r => Assert.True((int)r.StatusCode < 500));
        Assert.Equal(1, await ResponsesFor(booking.Id));
    }

    [Fact]
    public async Task The_database_refuses_a_second_response_for_the_same_booking()
    {
        var ev = await factory.PastEventAsync();
        var (_, booking) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(booking);
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.ResponseAsync(booking));
    }

    [Fact]
    public async Task A_trainer_meeting_does_not_ask_the_PCSP_questions_and_saves_them_unanswered()
    {
        var ev = await factory.PastEventAsync(eventTypeId: FeedbackData.TrainerMeeting, title: "Trainer meeting");
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        var client = factory.CreateClientFor(person.Id);

        var page = await client.GetPageAsync($"/Feedback/{booking.Id}");
        Assert.DoesNotContain("Input.BetterUnderstanding", page);
        Assert.DoesNotContain("Input.ConfidenceBefore", page);
        Assert.Contains("Input.Needs", page);

        var answer = FeedbackData.FullAnswer();
        answer.Remove("Input.BetterUnderstanding");
        answer["Input.ConfidenceBefore"] = "";
        answer["Input.ConfidenceAfter"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Feedback/{booking.Id}", answer)).StatusCode);
        var saved = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.BookingId == booking.Id));
        Assert.Null(saved.BetterUnderstanding);
        Assert.Null(saved.ConfidenceBefore);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var ev = await factory.PastEventAsync();
        var (_, booking) = await factory.AttendeeAsync(ev.Id);
        var response = await factory.CreateAnonymousClient().GetAsync($"/Feedback/{booking.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString);
    }
}
