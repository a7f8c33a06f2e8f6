using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Feedback;

/// <summary>Events that have happened, attendees who completed them, and answers, straight into the database.</summary>
public static class FeedbackData
{
    public const int YocCourse = 2;
    public const int TrainerMeeting = 8;

    public static Task<ProgrammeEvent> PastEventAsync(this PortalFactory factory, int? trainerId = null, int eventTypeId = YocCourse,
        int? placeId = null, int endedDaysAgo = 3, string title = "YOC training course, Reading", DateTimeOffset? startsAt = null) => factory.WithDbAsync(async db =>
    {
        var start = startsAt ?? factory.Now().AddDays(-endedDaysAgo).AddHours(-6);
        var e = new ProgrammeEvent
        {
            EventTypeId = eventTypeId, Title = title, PlaceId = placeId, VenueName = "Town Hall", Capacity = 20, Status = EventStatus.Completed,
            CreatedAt = start.AddDays(-30), UpdatedAt = start,
            Sessions = [new EventSession { StartsAt = start, EndsAt = start.AddHours(6) }],
        };
        if (trainerId is { } id) e.Trainers.Add(new EventTrainer { PersonId = id, Role = TrainerRole.Lead });
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    /// <summary>A booking on the event; Attended (completed) unless another state is given.</summary>
    public static Task<Booking> BookingAsync(this PortalFactory factory, int eventId, Person person, BookingState state = BookingState.Attended) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Now();
            var booking = TestBookings.In(state, eventId, person.Id, now.AddDays(-40), person.PracticeId, person.ProfessionalRole,
                movedAt: now, completedAt: now.AddDays(-1));
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking;
        });

    public static async Task<(Person Person, Booking Booking)> AttendeeAsync(this PortalFactory factory, int eventId, int? practiceId = null)
    {
        var person = await factory.Data.PersonAsync(practiceId);
        return (person, await factory.BookingAsync(eventId, person));
    }

    public static Task<FeedbackResponse> ResponseAsync(this PortalFactory factory, Booking booking, int rating = 4, Agreement? understanding = Agreement.Agree,
        int? before = 2, int? after = 4, TrainingNeeds? needs = TrainingNeeds.None, string? mostUseful = null, bool mayQuote = false, int version = 1) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Now();
            var response = new FeedbackResponse
            {
                BookingId = booking.Id, ProgrammeEventId = booking.ProgrammeEventId, OverallRating = rating, BetterUnderstanding = understanding,
                ConfidenceBefore = before, ConfidenceAfter = after, TrainingNeeds = needs, MostUseful = mostUseful, MayQuote = mayQuote,
                SubmittedAt = now, UpdatedAt = now, Version = version,
            };
            db.FeedbackResponses.Add(response);
            await db.SaveChangesAsync();
            return response;
        });

    public static Task<Person> TrainerAsync(this PortalFactory factory) => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
    public static Task<Person> LeadAsync(this PortalFactory factory) => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

    /// <summary>A complete, valid answer to the full form; tests change only what they care about.</summary>
    public static Dictionary<string, string> FullAnswer(int version = 0) => new()
    {
        ["Input.OverallRating"] = "5", ["Input.BetterUnderstanding"] = "StronglyAgree", ["Input.ConfidenceBefore"] = "2",
        ["Input.ConfidenceAfter"] = "4", ["Input.MostUseful"] = "Practising the conversation", ["Input.ToImprove"] = "More time",
        ["Input.Needs"] = "Dementia", ["Input.OtherNeed"] = "", ["Input.MayQuote"] = "True", ["Input.Version"] = version.ToString(),
    };
}
