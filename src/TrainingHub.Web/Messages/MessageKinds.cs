namespace TrainingHub.Web.Messages;

/// <summary>
/// Every message the portal sends on its own, where it comes from and what is checked again at send time.
/// The template is content/emails/{Kind}.md. A new kind needs three things: a template, a line here (which also names
/// it on the outbox page), and a re-check (an <see cref="Messages.INotificationRecheck"/> naming the kind) so it is never sent stale.
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
    public const string EventMessage = "event-message";

    /// <summary>A kind of message: its code, what it is called on the outbox page, what queues it and what is checked again when it is sent.</summary>
    public sealed record Kind(string Name, string Words, string QueuedBy, string CheckedAtSend);

    public static readonly IReadOnlyList<Kind> All =
    [
        new(Invitation, "Invitation to the portal", "A lead added the person (one at a time or from a staff list), with their account", "Still active and, where passwords are used, none set yet; the one-time link made now"),
        new(BookingConfirmed, "Place confirmed", "A booking moved from requested to booked", "Still booked and the event not started"),
        new(BookingPromoted, "Place confirmed from the waiting list", "A booking moved from the waiting list or an offer to booked", "Still booked and the event not started"),
        new(BookingWaitlisted, "Added to the waiting list", "A booking moved to the waiting list", "Still waiting"),
        new(BookingOffered, "Place offered from the waiting list", "A waiting-list place was offered", "Still offered and the offer not lapsed"),
        new(BookingCancelled, "Place cancelled", "A booking was cancelled (not because the event was)", "Still cancelled and the event not cancelled"),
        new(EventChanged, "Event changed", "A lead changed an event's sessions, venue or joining link", "The booking still live and the event not started"),
        new(EventCancelled, "Event cancelled", "A lead cancelled an event: every booking live at the time", "The event still cancelled"),
        new(EventMessage, "Message about an event", "A lead or the event's trainer wrote to everyone booked on it (and, if they chose, everyone waiting)", "The place not cancelled and the event not cancelled"),
        new(Domain.Messages.ReminderLead.Week.Kind, "Reminder a week before", "Seven UK days before the first session, to booked places", "Booked, before the start, booked before it was due, for the current start"),
        new(Domain.Messages.ReminderLead.Day.Kind, "Reminder the day before", "One UK day before the first session, to booked places", "Booked, before the start, booked before it was due, for the current start"),
        new(FeedbackRequest, "Feedback request", "A booking completed (attended every session)", "Still completed"),
        new(FeedbackChase, "Feedback reminder", "Seven days after the request", "Still owed: completed, no feedback given and the form still open (Feedback.FeedbackChase)"),
        new(FacilitatorActionDue, "Practice action due", "FacilitationReminders: an agreed action due within 14 days", "Still open and due that day"),
        new(ReviewDue, "Fidelity review due", "FacilitationReminders: a practice's fidelity review due within 14 days", "Still due that day for that facilitator"),
        new(Pages.Trainers.TrainerReminders.ExpiringToTrainer, "Accreditation expiring (to the trainer)", "TrainerReminders: an accreditation 90 and 30 days from expiry", "Not renewed or changed since, and not yet expired"),
        new(Pages.Trainers.TrainerReminders.ExpiringToLead, "Accreditation expiring (to the lead)", "TrainerReminders: an accreditation 90 and 30 days from expiry", "Not renewed or changed since, and not yet expired"),
        new(Pages.Trainers.TrainerReminders.QaNeeded, "QA observation needed", "TrainerReminders: a trainee not observed 60 days after Train the Trainer (to leads)", "Still not observed and not accredited"),
        new(Pages.Coverage.WeeklyDigest.Kind, "Weekly coverage digest", "The weekly digest job, to each programme lead", "Still a lead; the figures worked out afresh"),
    ];
}
