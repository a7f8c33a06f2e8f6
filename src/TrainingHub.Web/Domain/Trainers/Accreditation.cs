namespace TrainingHub.Web.Domain.Trainers;

/// <summary>An accreditation held: valid on UK days from GrantedOn to ValidUntil, both inclusive.</summary>
public sealed record AccreditationSpan(string Slug, DateOnly GrantedOn, DateOnly ValidUntil, bool CanAssess = false)
{
    public bool IsValidOn(DateOnly day) => GrantedOn <= day && day <= ValidUntil;
}

/// <summary>The accreditation rules: how long one lasts, and whether a trainer holds one on given days.</summary>
public static class AccreditationRules
{
    public const int DefaultYears = 2;

    /// <summary>An accreditation granted on a day lasts the event type's number of years, to the day before the anniversary.</summary>
    public static DateOnly ValidUntil(DateOnly grantedOn, int years) => grantedOn.AddYears(Math.Max(1, years)).AddDays(-1);

    /// <summary>
    /// The one rule scheduling asks: does this trainer hold the required accreditation on every day the event runs?
    /// An event type that requires none may be led by any trainer; an event with no dates yet needs the accreditation held at all.
    /// </summary>
    public static bool IsAccreditedFor(IReadOnlyCollection<AccreditationSpan> held, string? requiredAccreditation, IReadOnlyCollection<DateOnly> days) =>
        requiredAccreditation is null
        || (days.Count == 0 ? held.Any(a => a.Slug == requiredAccreditation)
            : days.All(day => held.Any(a => a.Slug == requiredAccreditation && a.IsValidOn(day))));

    /// <summary>The reminder milestones before expiry: 90 and 30 days.</summary>
    public static readonly int[] ReminderDays = [90, 30];

    /// <summary>
    /// The latest milestone reached (90 or 30 days before expiry), or null before the first and after expiry. A day
    /// the reminder job missed is caught up the next day; the outbox sends each milestone once.
    /// </summary>
    public static int? ReminderDue(AccreditationSpan held, DateOnly today)
    {
        var daysLeft = held.ValidUntil.DayNumber - today.DayNumber;
        if (daysLeft < 0) return null;
        return ReminderDays.Where(d => daysLeft <= d).Cast<int?>().LastOrDefault();
    }

    public static bool ExpiresWithin(AccreditationSpan held, DateOnly today, int days) =>
        held.ValidUntil >= today && held.ValidUntil.DayNumber - today.DayNumber <= days;
}
