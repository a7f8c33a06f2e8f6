namespace TrainingHub.Web.Pages.Outbox;

/// <summary>Made-up values for every placeholder the templates use, so a lead can preview each message.</summary>
public static class TemplateSamples
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["person.given_name"] = "Amina",
        ["event.title"] = "Personalised care and support planning: day one",
        ["event.first_session_local"] = "Tuesday 3 March 2026, 09:30",
        ["event.venue"] = "Oxford Town Hall",
        ["event.change_note"] = "The venue has moved to the first floor.",
        ["booking.manage_url"] = "https://traininghub.example.nhs.uk/bookings/12",
        ["booking.waiting_position"] = "2",
        ["feedback.url"] = "https://traininghub.example.nhs.uk/feedback/12",
        ["programme.name"] = "Thames Valley PCSP programme",
        ["programme.events_url"] = "https://traininghub.example.nhs.uk/events",
        ["announcement.subject"] = "New dates for spring",
        ["announcement.body_markdown"] = "More dates are **open** for booking.",
        ["sender.name"] = "Sam Lead",
        ["offer.expires_local"] = "Thursday 26 February 2026, 17:00",
        ["practice.name"] = "Kennet Surgery",
        ["reminder.what"] = "Share the care planning template with the nursing team (owner: practice manager)",
        ["reminder.due_on"] = "12 March 2026",
        ["reminder.url"] = "https://traininghub.example.nhs.uk/Facilitation/Visits/Details/4",
        ["digest.week_ending"] = "23 November 2026",
        ["digest.coverage_change"] = "172 of 180 active practices trained (95.6%), up 2 since 16 November; 178 engaged (no change); 611 clinicians trained (up 5).",
        ["digest.few_bookings_markdown"] = "- YOC training course, Reading: Tue 1 December, 09:00: 6 of 24 places booked",
        ["digest.overdue_reviews_markdown"] = "- Abbey Medical Centre: due 2 November 2026",
        ["trainer.name"] = "Tom Reid",
        ["accreditation.name"] = "YOC training course",
        ["accreditation.valid_until"] = "14 June 2027",
        ["accreditation.days_left"] = "90",
        ["cohort.title"] = "Train the Trainer programme, Reading",
        ["cohort.completed_on"] = "3 March 2026",
        ["invitation.inviter"] = "Julia Coleman",
        ["invitation.instructions"] = "Choose your password here. The link works once, within a day:",
        ["secret.invitation_url"] = "https://traininghub.example.nhs.uk/Account/AcceptInvitation?email=amina%40nhs.example&token=sample",
    };
}
