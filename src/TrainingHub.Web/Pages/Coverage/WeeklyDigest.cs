using TrainingHub.Web.Content;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>
/// Monday's email to every programme lead: how coverage moved over the week, events coming up with few bookings,
/// and fidelity reviews overdue. One message per lead per ISO week (the outbox's unique occurrence); the figures are
/// worked out again when it is sent (<see cref="WeeklyDigestRecheck"/>), so a late send is never stale.
/// </summary>
public sealed class WeeklyDigest(TrainingHubDbContext db, CoverageSource source, FacilitationReminders reminders, Messages.Outbox outbox, TimeProvider clock)
{
    public const string Kind = "coverage-digest";
    public const string Subject = "programme";
    public const int DaysAhead = 28;
    /// <summary>An event is short of bookings while fewer than this percentage of its places are booked.</summary>
    public const int FewBookingsBelowPercent = 50;

    public static string WeekOf(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";

    public async Task<int> QueueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var occurrence = WeekOf(LondonTime.DateOf(now));
        var queued = 0;
        foreach (var lead in await LeadsAsync(null, cancellationToken))
        {
            var values = await ValuesAsync(lead.GivenName, cancellationToken);
            if (await outbox.QueueAsync(Kind, Subject, lead.Id, occurrence, values, now, cancellationToken)) queued++;
        }
        return queued;
    }

    public async Task<List<(int Id, string GivenName)>> LeadsAsync(int? onlyPersonId, CancellationToken cancellationToken)
    {
        var leads = await db.People.AsNoTracking()
            .Where(p => p.IsActive && (onlyPersonId == null || p.Id == onlyPersonId)
                && db.Users.Any(u => u.PersonId == p.Id && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.ProgrammeLead)))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.GivenName }).ToListAsync(cancellationToken);
        return leads.Select(l => (l.Id, l.GivenName)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> ValuesAsync(string givenName, CancellationToken cancellationToken)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        return new Dictionary<string, string>
        {
            ["person.given_name"] = givenName,
            ["digest.week_ending"] = today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            ["digest.coverage_change"] = await CoverageChangeAsync(today, cancellationToken),
            ["digest.few_bookings_markdown"] = await FewBookingsAsync(cancellationToken),
            ["digest.overdue_reviews_markdown"] = await OverdueReviewsAsync(today, cancellationToken),
        };
    }

    private async Task<string> CoverageChangeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var practices = await source.PracticesAsync(cancellationToken);
        var completions = await source.CompletionsAsync(cancellationToken);
        var weekAgo = today.AddDays(-7);
        var now = PracticeTrained.Sum(PracticeTrained.Assess(practices, completions, today));
        var then = PracticeTrained.Sum(PracticeTrained.Assess(practices, completions, weekAgo));
        return $"{now.Trained} of {now.ActivePractices} active practices trained ({now.PercentTrained:0.0}%), " +
            $"{Change(now.Trained - then.Trained)} since {weekAgo.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"))}; " +
            $"{now.Engaged} engaged ({Change(now.Engaged - then.Engaged)}); {now.CliniciansTrained} clinicians trained ({Change(now.CliniciansTrained - then.CliniciansTrained)}).";
    }

    private static string Change(int delta) => delta switch { 0 => "no change", > 0 => $"up {delta}", _ => $"down {-delta}" };

    private async Task<string> FewBookingsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(DaysAhead);
        var events = await db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAt > now && e.StartsAt <= until && e.Capacity > 0)
            .Select(e => new
            {
                e.Title, e.StartsAt, e.Capacity,
                Booked = db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Booked),
            })
            .ToListAsync(cancellationToken);
        var few = events.Where(e => e.Booked * 100 < e.Capacity * FewBookingsBelowPercent).OrderBy(e => e.StartsAt).ToList();
        if (few.Count == 0) return $"None: every published event in the next {DaysAhead} days is at least {FewBookingsBelowPercent}% booked.";
        var text = new StringBuilder();
        foreach (var e in few)
            text.AppendLine($"- {MarkdownText.OneLine(e.Title)}, {LondonTime.ToLocal(e.StartsAt!.Value).ToString("ddd d MMMM, HH:mm", CultureInfo.GetCultureInfo("en-GB"))}: {e.Booked} of {e.Capacity} places booked");
        return text.ToString().TrimEnd();
    }

    private async Task<string> OverdueReviewsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = await reminders.ReviewsDueByAsync(today.AddDays(-1), practiceIds: null);
        if (overdue.Count == 0) return "None.";
        return string.Join("\n", overdue.Select(r => $"- {MarkdownText.OneLine(r.Practice)}: due {r.DueOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"));
    }
}
