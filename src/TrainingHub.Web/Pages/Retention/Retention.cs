using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.PersonalData;
using TrainingHub.Web.Pages.YourData;

namespace TrainingHub.Web.Pages.Retention;

/// <summary>The settings section Retention, checked when the portal starts: a schedule that cannot be used stops it, naming the setting.</summary>
public sealed class RetentionOptions
{
    public int FeedbackTextYears { get; set; } = 3;
    public int MessageBodyDays { get; set; } = 90;
    public int LeaverYears { get; set; } = 6;
    public int AuditLogYears { get; set; } = 8;

    public RetentionSchedule Schedule() => new(FeedbackTextYears, MessageBodyDays, LeaverYears, AuditLogYears);

    public sealed class Check : IValidateOptions<RetentionOptions>
    {
        public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
            options.Schedule().Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail("The retention schedule cannot be used: " + string.Join("; ", problems))
                : ValidateOptionsResult.Success;
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration("Retention").ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, Check>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value.Schedule());
        services.AddScoped<Retention>();
    }
}

public sealed record RetentionRule(string What, string KeptFor, string Action, int Rows);

/// <summary>
/// Applies the retention schedule, and says beforehand what it would do: the counts and the changes come from the same
/// queries, each of which leaves out rows already dealt with, so a second run changes nothing. Rows that figures
/// count are anonymised, never deleted: feedback keeps its scores, messages their kind and status, leavers their row.
/// </summary>
public sealed class Retention(TrainingHubDbContext db, Erasure erasure, RetentionSchedule schedule, TimeProvider clock)
{
    private static readonly NotificationStatus[] Settled = [NotificationStatus.Sent, NotificationStatus.Dropped];

    public async Task<IReadOnlyList<RetentionRule>> PreviewAsync(CancellationToken ct)
    {
        var due = schedule.At(clock.GetUtcNow());
        return Rules(
            await FeedbackText(due).CountAsync(ct), await MessageBodies(due).CountAsync(ct),
            await Leavers(due).CountAsync(ct), await AuditEntries(due).CountAsync(ct));
    }

    public async Task<IReadOnlyList<RetentionRule>> ApplyAsync(CancellationToken ct)
    {
        var due = schedule.At(clock.GetUtcNow());
        var feedback = await FeedbackText(due).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.MostUseful, (string?)null).SetProperty(f => f.ToImprove, (string?)null).SetProperty(f => f.OtherNeed, (string?)null), ct);
        var messages = await MessageBodies(due).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.RenderedSubject, (string?)null).SetProperty(n => n.RenderedText, (string?)null)
            .SetProperty(n => n.RenderedHtml, (string?)null).SetProperty(n => n.ValuesJson, "{}")
            .SetProperty(n => n.SmtpReply, (string?)null).SetProperty(n => n.LastError, (string?)null), ct);
        var leavers = 0;
        foreach (var id in await Leavers(due).Select(p => p.Id).ToListAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var person = await db.People.SingleAsync(p => p.Id == id, ct);
            await erasure.AnonymiseAsync(person, $"left the programme more than {schedule.LeaverYears} years ago", ct);
            await transaction.CommitAsync(ct);
            leavers++;
        }
        var audit = await AuditEntries(due).ExecuteDeleteAsync(ct);
        return Rules(feedback, messages, leavers, audit);
    }

    private IReadOnlyList<RetentionRule> Rules(int feedback, int messages, int leavers, int audit) =>
    [
        new("Comments in feedback forms", Years(schedule.FeedbackTextYears), "Comments cleared; scores kept for the feedback figures", feedback),
        new("Text of messages sent, or stopped before sending", $"{schedule.MessageBodyDays} days", "Subject, text and mail server reply cleared; the record that a message went stays", messages),
        new("People switched off (left the programme)", $"{Years(schedule.LeaverYears)} after they were switched off",
            "Name, email, sign-in account and text they wrote erased; their row stays, anonymous, for coverage and delivery figures", leavers),
        new("Audit log entries", schedule.AuditLogYears == 0 ? "For ever" : Years(schedule.AuditLogYears), "Removed", audit),
    ];

    private static string Years(int years) => years == 1 ? "1 year" : $"{years} years";

    private IQueryable<FeedbackResponse> FeedbackText(RetentionSchedule.Cutoffs due) =>
        db.FeedbackResponses.Where(f => f.SubmittedAt < due.FeedbackText && (f.MostUseful != null || f.ToImprove != null || f.OtherNeed != null));

    /// <summary>Only settled messages: a failed one, or one whose delivery is unknown, waits for a lead to resend it from its values.</summary>
    private IQueryable<Notification> MessageBodies(RetentionSchedule.Cutoffs due) =>
        db.Notifications.Where(n => n.CreatedAt < due.MessageBodies && Settled.Contains(n.Status)
            && (n.RenderedSubject != null || n.RenderedText != null || n.RenderedHtml != null || n.ValuesJson != "{}" || n.SmtpReply != null || n.LastError != null));

    private IQueryable<Person> Leavers(RetentionSchedule.Cutoffs due) =>
        db.People.Where(p => !p.IsActive && p.ErasedAt == null && p.SwitchedOffAt != null && p.SwitchedOffAt < due.Leavers);

    private IQueryable<AuditEntry> AuditEntries(RetentionSchedule.Cutoffs due) =>
        due.AuditLog is { } before ? db.AuditEntries.Where(e => e.At < before) : db.AuditEntries.Where(e => false);
}
