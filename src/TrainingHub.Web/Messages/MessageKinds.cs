namespace TrainingHub.Web.Messages;

/// <summary>
/// Every message the portal sends on its own, where it comes from and what is checked again at send time.
/// The template is content/emails/{Kind}.md. A new kind needs three things: a template, a line here, and a
/// re-check (an <see cref="Messages.INotificationRecheck"/> naming the kind) so it is never sent stale.
/// </summary>
public static class MessageKinds
{
    public const string BookingConfirmed = "booking-confirmed";
    public const string BookingPromoted = "booking-promoted";
    public const string BookingWaitlisted = "booking-waitlisted";
    public const string BookingOffered = "booking-offered";
    public const string BookingCancelled = "booking-cancelled";
    public const string EventChanged = "event-changed";
    public const string EventCancelled = "event-cancelled";
    public const string FeedbackRequest = "feedback-request";
    public const string FeedbackChase = "feedback-chase";
    public const string FacilitatorActionDue = "facilitator-action-due";
    public const string ReviewDue = "review-due";
    public const string Invitation = "invitation";

    public sealed record Kind(string Name, string QueuedBy, string CheckedAtSend);

    public static readonly IReadOnlyList<Kind> All =
    [
        new(Invitation, "A lead added the person (one at a time or from a staff list), with their account", "Still active and, where passwords are used, none set yet; the one-time link made now"),
        new(BookingConfirmed, "A booking moved from requested to booked", "Still booked and the event not started"),
        new(BookingPromoted, "A booking moved from the waiting list or an offer to booked", "Still booked and the event not started"),
        new(BookingWaitlisted, "A booking moved to the waiting list", "Still waiting"),
        new(BookingOffered, "A waiting-list place was offered", "Still offered and the offer not lapsed"),
        new(BookingCancelled, "A booking was cancelled (not because the event was)", "Still cancelled and the event not cancelled"),
        new(EventChanged, "A lead changed an event's sessions, venue or joining link", "The booking still live and the event not started"),
        new(EventCancelled, "A lead cancelled an event: every booking live at the time", "The event still cancelled"),
        new(Domain.Messages.ReminderLead.Week.Kind, "Seven UK days before the first session, to booked places", "Booked, before the start, booked before it was due, for the current start"),
        new(Domain.Messages.ReminderLead.Day.Kind, "One UK day before the first session, to booked places", "Booked, before the start, booked before it was due, for the current start"),
        new(FeedbackRequest, "A booking completed (attended every session)", "Still completed"),
        new(FeedbackChase, "Seven days after the request", "Still owed: completed, no feedback given and the form still open (Feedback.FeedbackChase)"),
        new(FacilitatorActionDue, "FacilitationReminders: an agreed action due within 14 days", "Still open and due that day"),
        new(ReviewDue, "FacilitationReminders: a practice's fidelity review due within 14 days", "Still due that day for that facilitator"),
        // Trainer reminders (accreditation renewal, QA observation due) belong to the trainer pool issue:
        // add their kinds here, their templates as content/emails/trainer-*.md, and queue them from a step like FacilitationMessages.
    ];
}
