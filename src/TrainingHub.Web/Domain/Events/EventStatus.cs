namespace TrainingHub.Web.Domain.Events;

public enum EventStatus { Draft = 0, Published = 1, Completed = 2, Cancelled = 3 }

public enum TrainerRole { Lead = 0, CoTrainer = 1 }

/// <summary>Who an event type is for.</summary>
public enum EventAudience { Clinicians = 0, WholePracticeTeam = 1, Trainers = 2, Facilitators = 3 }

/// <summary>The moves an event may make: Draft → Published → Completed, or Draft/Published → Cancelled with a reason.</summary>
public static class EventLifecycle
{
    public static bool IsEditable(EventStatus status) => status is EventStatus.Draft or EventStatus.Published;

    /// <summary>Why the event cannot be published, or null when it can.</summary>
    public static string? WhyNotPublish(EventStatus status, int sessionCount, DateTimeOffset? firstStart, DateTimeOffset now)
    {
        if (status != EventStatus.Draft) return "Only a draft event can be published";
        if (sessionCount == 0) return "Add at least one session before publishing";
        if (firstStart <= now) return "An event whose first session has started cannot be published";
        return null;
    }

    public static string? WhyNotComplete(EventStatus status, DateTimeOffset? lastEnd, DateTimeOffset now)
    {
        if (status != EventStatus.Published) return "Only a published event can be completed";
        if (lastEnd is null || lastEnd > now) return "An event can be completed only after its last session has ended";
        return null;
    }

    public static string? WhyNotCancel(EventStatus status, string? reason)
    {
        if (!IsEditable(status)) return "Only a draft or published event can be cancelled";
        if (string.IsNullOrWhiteSpace(reason)) return "Enter the reason for cancelling";
        return null;
    }

    public static string Display(EventStatus status) => status.ToString();

    public static string Display(TrainerRole role) => role == TrainerRole.Lead ? "Lead trainer" : "Co-trainer";

    public static string Display(EventAudience audience) => audience switch
    {
        EventAudience.Clinicians => "Clinicians",
        EventAudience.WholePracticeTeam => "Whole practice team",
        EventAudience.Trainers => "Trainers",
        _ => "Facilitators",
    };
}

/// <summary>Places left on an event: never negative, whatever the bookings say.</summary>
public static class EventPlacesRule
{
    public static int PlacesLeft(int capacity, int taken) => Math.Max(0, capacity - taken);
}
