using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Pages.Feedback;

namespace TrainingHub.Tests.Pages.Feedback;

public sealed class FeedbackChaseTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private async Task<T> WithChaseAsync<T>(Func<FeedbackChase, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<FeedbackChase>());
    }

    [Fact]
    public async Task The_chase_goes_only_to_attendees_who_completed_and_have_not_answered_while_the_form_is_open()
    {
        var ev = await factory.PastEventAsync();
        var (owing, owingBooking) = await factory.AttendeeAsync(ev.Id);
        var (_, answered) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(answered);
        await factory.BookingAsync(ev.Id, await factory.Data.PersonAsync(), BookingState.NoShow);
        await factory.BookingAsync(ev.Id, await factory.Data.PersonAsync(), BookingState.Cancelled);
        var closedEvent = await factory.PastEventAsync(endedDaysAgo: 30);
        var (_, tooLate) = await factory.AttendeeAsync(closedEvent.Id);

        var owed = await WithChaseAsync(c => c.OwedAsync());
        var only = Assert.Single(owed);
        Assert.Equal((owingBooking.Id, owing.Id, ev.Id, $"/Feedback/{owingBooking.Id}"), (only.BookingId, only.PersonId, only.EventId, only.FormPath));
        Assert.Equal(ev.EndsAt!.Value.AddDays(28), only.ClosesAt);
        Assert.False(await WithChaseAsync(c => c.IsStillOwedAsync(answered.Id)));
        Assert.False(await WithChaseAsync(c => c.IsStillOwedAsync(tooLate.Id)));
        Assert.True(await WithChaseAsync(c => c.IsStillOwedAsync(owingBooking.Id)));

        await factory.ResponseAsync(owingBooking);
        Assert.Empty(await WithChaseAsync(c => c.OwedAsync()));
        Assert.False(await WithChaseAsync(c => c.IsStillOwedAsync(owingBooking.Id)));
    }

    [Fact]
    public async Task The_chase_can_be_asked_for_one_event()
    {
        var first = await factory.PastEventAsync();
        var second = await factory.PastEventAsync();
        await factory.AttendeeAsync(first.Id);
        var (_, b) = await factory.AttendeeAsync(second.Id);
        Assert.Equal(b.Id, Assert.Single(await WithChaseAsync(c => c.OwedAsync(second.Id))).BookingId);
    }

    [Fact]
    public async Task Leads_see_who_has_not_answered_except_on_anonymous_forms()
    {
        var course = await factory.PastEventAsync(title: "Named course");
        var meeting = await factory.PastEventAsync(eventTypeId: FeedbackData.TrainerMeeting, title: "Anonymous meeting");
        var (named, _) = await factory.AttendeeAsync(course.Id);
        var (hidden, _) = await factory.AttendeeAsync(meeting.Id);
        await factory.WithDbAsync(db => db.EventTypeFeedbackSettings.Where(s => s.EventTypeId == FeedbackData.TrainerMeeting)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Anonymous, true)));

        var html = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetPageAsync("/Feedback/NonResponders");
        Assert.Contains(named.FamilyName, html);
        Assert.Contains("Named course", html);
        Assert.DoesNotContain(hidden.FamilyName, html);
        Assert.DoesNotContain("Anonymous meeting", html);
        // The portal still chases everyone owing, anonymous or not: no person reads that list.
        Assert.Equal(2, (await WithChaseAsync(c => c.OwedAsync())).Count);
    }

    [Fact]
    public async Task A_lead_switches_a_question_off_for_an_event_type_and_its_form_stops_asking_it()
    {
        var lead = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var save = await lead.PostFormAsync($"/Feedback/Questions/{FeedbackData.YocCourse}",
            new Dictionary<string, string> { ["Input.AskUnderstanding"] = "true", ["Input.AskTrainingNeeds"] = "true" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, save.StatusCode);
        var settings = await factory.WithDbAsync(db => db.EventTypeFeedbackSettings.AsNoTracking().SingleAsync(s => s.EventTypeId == FeedbackData.YocCourse));
        Assert.Equal(new QuestionSet(true, false, true, false), settings.Questions);

        var ev = await factory.PastEventAsync();
        var (person, booking) = await factory.AttendeeAsync(ev.Id);
        var form = await factory.CreateClientFor(person.Id).GetPageAsync($"/Feedback/{booking.Id}");
        Assert.Contains("Input.BetterUnderstanding", form);
        Assert.DoesNotContain("Input.ConfidenceBefore", form);
        Assert.Contains("Not asked", await lead.GetPageAsync("/Feedback/Questions"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await lead.GetAsync("/Feedback/Questions/9999")).StatusCode);
    }

    [Fact]
    public async Task The_training_needs_view_tallies_needs_and_links_each_to_its_topic_sessions()
    {
        var ev = await factory.PastEventAsync();
        await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking, needs: TrainingNeeds.Dementia | TrainingNeeds.Frailty);
        await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking, needs: TrainingNeeds.Dementia);
        for (var i = 0; i < 3; i++) await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking, needs: TrainingNeeds.None);
        var topic = await factory.WithDbAsync(async db =>
        {
            var start = factory.Now().AddDays(20);
            var e = new TrainingHub.Web.Data.Entities.Events.ProgrammeEvent
            {
                EventTypeId = 11, Title = "Dementia topic session, Oxford", Capacity = 30, Status = TrainingHub.Web.Domain.Events.EventStatus.Published,
                CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
                Sessions = [new TrainingHub.Web.Data.Entities.Events.EventSession { StartsAt = start, EndsAt = start.AddHours(3) }],
            };
            e.RecalculateDates();
            db.ProgrammeEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

        var html = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetPageAsync("/Feedback/Needs");
        Assert.Contains("40% (2 of 5)", html);
        Assert.Contains("href=\"/Content/courses/topic-dementia\"", html);
        Assert.Contains($"href=\"/Events/Details/{topic.Id}\"", html);
        Assert.Contains("No topic session yet", html); // frailty and other
    }
}
