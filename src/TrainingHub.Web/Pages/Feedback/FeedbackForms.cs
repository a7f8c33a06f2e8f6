using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>The form's view of one booking: the event, the questions its type asks and any answer already given.</summary>
public sealed record FeedbackForm(int BookingId, int EventId, string EventTitle, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    BookingState State, DateTimeOffset? CompletedAt, QuestionSet Questions, FeedbackResponse? Response)
{
    public DateTimeOffset? ClosesAt => CompletedAt is { } c ? FeedbackWindow.ClosesAt(EndsAt, c) : null;
    public string? WhyClosed(DateTimeOffset now) => FeedbackWindow.WhyNot(State, CompletedAt, EndsAt, now);
}

public enum FeedbackSaved { Saved, Closed, ChangedElsewhere }

/// <summary>Loads and saves an attendee's own feedback. The database keeps one response per booking and refuses a stale edit.</summary>
public sealed class FeedbackForms(TrainingHubDbContext db, TimeProvider clock)
{
    /// <summary>Null unless the booking is the person's own: nobody opens another's form by changing the number.</summary>
    public async Task<FeedbackForm?> LoadAsync(int bookingId, int personId)
    {
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.PersonId == personId)
            .Select(b => new { b.Id, b.ProgrammeEventId, b.ProgrammeEvent!.Title, b.ProgrammeEvent.StartsAt, b.ProgrammeEvent.EndsAt, b.State, b.CompletedAt })
            .FirstOrDefaultAsync();
        if (booking is null) return null;
        return new FeedbackForm(booking.Id, booking.ProgrammeEventId, booking.Title, booking.StartsAt, booking.EndsAt, booking.State, booking.CompletedAt,
            await QuestionsForEventAsync(booking.ProgrammeEventId),
            await db.FeedbackResponses.AsNoTracking().FirstOrDefaultAsync(r => r.BookingId == bookingId));
    }

    public async Task<QuestionSet> QuestionsForEventAsync(int eventId) =>
        await db.ProgrammeEvents.Where(e => e.Id == eventId)
            .Select(e => db.EventTypeFeedbackSettings.Where(s => s.EventTypeId == e.EventTypeId)
                .Select(s => new QuestionSet(s.AskUnderstanding, s.AskConfidence, s.AskTrainingNeeds, s.Anonymous)).FirstOrDefault())
            .FirstOrDefaultAsync() ?? QuestionSet.Everything;

    public async Task<FeedbackSaved> SaveAsync(FeedbackForm form, FeedbackInput input)
    {
        var now = clock.GetUtcNow();
        if (form.WhyClosed(now) is not null) return FeedbackSaved.Closed;
        // Whether an answer exists decides add or change: responses saved before versions were kept are at version 0.
        return form.Response is null ? await AddAsync(form, input, now) : await ChangeAsync(form, input, now);
    }

    private async Task<FeedbackSaved> AddAsync(FeedbackForm form, FeedbackInput input, DateTimeOffset now)
    {
        var response = new FeedbackResponse { BookingId = form.BookingId, ProgrammeEventId = form.EventId, SubmittedAt = now, UpdatedAt = now, Version = 1 };
        input.ApplyTo(response, form.Questions);
        db.FeedbackResponses.Add(response);
        try
        {
            await db.SaveChangesAsync();
            return FeedbackSaved.Saved;
        }
        catch (DbUpdateException)
        {
            // The unique index on the booking: an answer was sent first from another window.
            return FeedbackSaved.ChangedElsewhere;
        }
    }

    private async Task<FeedbackSaved> ChangeAsync(FeedbackForm form, FeedbackInput input, DateTimeOffset now)
    {
        var response = await db.FeedbackResponses.FirstOrDefaultAsync(r => r.BookingId == form.BookingId);
        if (response is null) return FeedbackSaved.ChangedElsewhere;
        // The update only matches the version the form was filled from, so a stale copy cannot overwrite a newer one.
        db.Entry(response).Property(r => r.Version).OriginalValue = input.Version;
        input.ApplyTo(response, form.Questions);
        response.Version = input.Version + 1;
        response.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync();
            return FeedbackSaved.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return FeedbackSaved.ChangedElsewhere;
        }
    }
}
