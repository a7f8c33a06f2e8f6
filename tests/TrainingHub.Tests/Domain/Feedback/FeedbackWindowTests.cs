using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Tests.Domain.Feedback;

public class FeedbackWindowTests
{
    private static readonly DateTimeOffset EventEnds = new(2026, 3, 10, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Feedback_is_open_once_the_attendee_has_completed_the_event()
    {
        Assert.Null(FeedbackWindow.WhyNot(BookingState.Attended, EventEnds, EventEnds, EventEnds.AddHours(1)));
    }

    [Theory]
    [InlineData(BookingState.Booked)]
    [InlineData(BookingState.NoShow)]
    [InlineData(BookingState.Cancelled)]
    [InlineData(BookingState.Waitlisted)]
    public void Only_people_who_completed_the_event_may_give_feedback(BookingState state)
    {
        Assert.Equal("Feedback opens once you have completed the event (attended every session)",
            FeedbackWindow.WhyNot(state, EventEnds, EventEnds, EventEnds.AddDays(1)));
    }

    [Fact]
    public void Attended_without_a_completion_time_is_not_yet_completed()
    {
        Assert.NotNull(FeedbackWindow.WhyNot(BookingState.Attended, null, EventEnds, EventEnds.AddDays(1)));
    }

    [Fact]
    public void The_form_closes_28_days_after_the_event_ends()
    {
        var closes = EventEnds.AddDays(28);
        Assert.Equal(closes, FeedbackWindow.ClosesAt(EventEnds, EventEnds.AddDays(2)));
        Assert.Null(FeedbackWindow.WhyNot(BookingState.Attended, EventEnds, EventEnds, closes.AddTicks(-1)));
        Assert.Equal("Feedback for this event has closed", FeedbackWindow.WhyNot(BookingState.Attended, EventEnds, EventEnds, closes));
    }

    [Fact]
    public void An_event_with_no_sessions_recorded_closes_28_days_after_the_attendee_completed_it()
    {
        var completed = EventEnds.AddDays(3);
        Assert.Equal(completed.AddDays(28), FeedbackWindow.ClosesAt(null, completed));
    }

    [Fact]
    public void Queries_find_open_forms_by_events_ended_within_the_last_28_days()
    {
        var now = EventEnds.AddDays(10);
        Assert.Equal(now.AddDays(-28), FeedbackWindow.StillOpenIfEndedAfter(now));
    }

    [Fact]
    public void Meetings_do_not_ask_the_PCSP_questions_but_training_courses_do()
    {
        var meeting = QuestionSet.DefaultFor("trainer-meeting");
        Assert.False(meeting.AskUnderstanding);
        Assert.False(meeting.AskConfidence);
        Assert.True(meeting.AskTrainingNeeds);
        Assert.Equal(QuestionSet.Everything, QuestionSet.DefaultFor("yoc-training-course"));
    }

    [Fact]
    public void Every_need_with_a_topic_session_names_a_topic_event_type()
    {
        var linked = FeedbackWords.EachNeed.Select(FeedbackWords.TopicSlugFor).OfType<string>().ToList();
        Assert.Equal(5, linked.Count);
        Assert.All(linked, slug => Assert.Contains(TrainingHub.Web.Data.Configurations.EventTypeSeeds.All, t => t.Slug == slug));
        Assert.Null(FeedbackWords.TopicSlugFor(TrainingNeeds.Frailty));
    }
}
