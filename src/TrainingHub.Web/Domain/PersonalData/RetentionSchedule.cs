namespace TrainingHub.Web.Domain.PersonalData;

/// <summary>
/// How long the portal keeps personal data that no figure needs (settings section Retention; the defaults' reasons are
/// in appsettings.example.json and the privacy notice). A rule's cut-off is the instant before which rows are due.
/// </summary>
public sealed record RetentionSchedule(int FeedbackTextYears = 3, int MessageBodyDays = 90, int LeaverYears = 6, int AuditLogYears = 8)
{
    public sealed record Cutoffs(DateTimeOffset FeedbackText, DateTimeOffset MessageBodies, DateTimeOffset Leavers, DateTimeOffset? AuditLog);

    /// <summary>Counted back from now; an audit log kept for 0 years is never trimmed by the portal.</summary>
    public Cutoffs At(DateTimeOffset now) => new(
        now.AddYears(-FeedbackTextYears), now.AddDays(-MessageBodyDays), now.AddYears(-LeaverYears),
        AuditLogYears == 0 ? null : now.AddYears(-AuditLogYears));

    /// <summary>What is wrong with the settings, named by their keys; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (FeedbackTextYears < 1) problems.Add("Retention:FeedbackTextYears must be 1 or more");
        if (MessageBodyDays < 1) problems.Add("Retention:MessageBodyDays must be 1 or more");
        if (LeaverYears < 1) problems.Add("Retention:LeaverYears must be 1 or more");
        if (AuditLogYears < 0) problems.Add("Retention:AuditLogYears must be 0 (kept for ever) or more");
        // A leaver's audit entries should outlive their anonymisation, so what was done to them can still be shown.
        if (AuditLogYears > 0 && AuditLogYears <= LeaverYears) problems.Add("Retention:AuditLogYears must be more than Retention:LeaverYears, or 0");
        return problems;
    }
}
