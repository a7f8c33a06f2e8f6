using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Data.Entities.PersonalData;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Data.Entities.Trainers;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>
/// Everything the portal holds about one person, kind of row by kind of row. Each kind is one line in
/// <see cref="Sections"/>; a table with a person foreign key that is not exported is in <see cref="LeftOut"/> with its
/// reason (a test walks the model and fails on any table in neither).
/// </summary>
public sealed class PersonalDataExport(TrainingHubDbContext db)
{
    public sealed record Section(string Title, Type Entity, Func<TrainingHubDbContext, int, IQueryable<object>> Rows);

    public sealed record ExportedSection(string Title, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

    public static readonly IReadOnlyList<Section> Sections =
    [
        Of<Person>("Profile", (d, id) => d.People.Where(p => p.Id == id)),
        Of<PersonPracticeChange>("Your practice and job role over time", (d, id) => d.PersonPracticeChanges.Where(c => c.PersonId == id)),
        Of<PortalUser>("Sign-in account", (d, id) => d.Users.Where(u => u.PersonId == id)),
        Of<RoleGrant>("Roles", (d, id) => d.RoleGrants.Where(r => r.PersonId == id)),
        Of<RoleChange>("Role history", (d, id) => d.RoleChanges.Where(r => r.PersonId == id)),
        Of<MessagePreference>("Message preferences", (d, id) => d.MessagePreferences.Where(m => m.PersonId == id)),
        Of<CalendarFeed>("Calendar feed", (d, id) => d.CalendarFeeds.Where(c => c.PersonId == id)),
        Of<Booking>("Bookings", (d, id) => d.Bookings.Where(b => b.PersonId == id)),
        Of<BookingTransition>("Booking changes", (d, id) => d.BookingTransitions.Where(t => d.Bookings.Any(b => b.Id == t.BookingId && b.PersonId == id))),
        Of<SessionAttendance>("Attendance and check-ins", (d, id) => d.SessionAttendance.Where(a => d.Bookings.Any(b => b.Id == a.BookingId && b.PersonId == id))),
        Of<FeedbackResponse>("Feedback you gave", (d, id) => d.FeedbackResponses.Where(f => d.Bookings.Any(b => b.Id == f.BookingId && b.PersonId == id))),
        Of<Notification>("Messages sent to you", (d, id) => d.Notifications.Where(n => n.RecipientPersonId == id)),
        Of<TrainerAccreditation>("Trainer accreditations", (d, id) => d.TrainerAccreditations.Where(a => a.PersonId == id)),
        Of<QaObservation>("Quality assurance observations of you", (d, id) => d.QaObservations.Where(o => o.ObservedPersonId == id)),
        Of<QaCriterionRating>("Quality assurance ratings", (d, id) => d.QaCriterionRatings.Where(r => d.QaObservations.Any(o => o.Id == r.QaObservationId && o.ObservedPersonId == id))),
        Of<TrainerRecordNote>("Notes on your trainer record", (d, id) => d.TrainerRecordNotes.Where(n => n.TrainerPersonId == id || n.AuthorPersonId == id)),
        Of<TrainerDiary>("Trainer diary", (d, id) => d.TrainerDiaries.Where(t => t.PersonId == id)),
        Of<EventTrainer>("Sessions you delivered", (d, id) => d.EventTrainers.Where(t => t.PersonId == id)),
        Of<FacilitatorAssignment>("Practices assigned to you", (d, id) => d.FacilitatorAssignments.Where(a => a.FacilitatorId == id)),
        Of<PracticeVisit>("Practice visits", (d, id) => d.PracticeVisits.Where(v => v.FacilitatorId == id)),
        Of<VisitAction>("Visit actions you recorded", (d, id) => d.VisitActions.Where(a => a.RecordedById == id)),
        Of<FidelityReview>("Fidelity reviews", (d, id) => d.FidelityReviews.Where(r => r.StartedById == id || r.UpdatedById == id)),
        Of<PersonalDataRequest>("Requests about your data", (d, id) => d.PersonalDataRequests.Where(r => r.PersonId == id)),
        Of<PracticeJourneyChange>("Practice journey changes you recorded", (d, id) => d.PracticeJourneyChanges.Where(c => c.RecordedById == id)),
    ];

    /// <summary>Tables with a person foreign key that are not exported, and why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> LeftOut = new Dictionary<Type, string>
    {
        [typeof(EventChange)] = "A record of changes to an event; it names who made the change but is about the event.",
        [typeof(Data.Entities.Audit.AuditEntry)] = "The audit log: the portal's security record of who did what, kept whole for the programme's accountability. It holds no names, emails or text anyone typed; a lead can read a person's entries on the audit log page.",
        [typeof(Data.Entities.SelfAssessment)] = "A practice area's self-assessment; it names who started and submitted it but is about the area.",
    };

    /// <summary>Columns never written out: secrets that would let the download be used to sign in or read a calendar.</summary>
    public static readonly IReadOnlySet<string> Secrets = new HashSet<string>
    {
        nameof(PortalUser.PasswordHash), nameof(PortalUser.SecurityStamp), nameof(PortalUser.ConcurrencyStamp), nameof(CalendarFeed.Token),
    };

    public async Task<IReadOnlyList<ExportedSection>> ForAsync(int personId, CancellationToken ct = default)
    {
        var result = new List<ExportedSection>();
        foreach (var section in Sections)
        {
            var columns = db.Model.FindEntityType(section.Entity)!.GetProperties()
                .Where(p => p.PropertyInfo is not null && !Secrets.Contains(p.Name)).ToList();
            var rows = await section.Rows(db, personId).ToListAsync(ct);
            result.Add(new ExportedSection(section.Title, rows
                .Select(r => (IReadOnlyDictionary<string, object?>)columns.ToDictionary(c => c.Name, c => c.PropertyInfo!.GetValue(r)))
                .ToList()));
        }
        return result;
    }

    private static Section Of<T>(string title, Func<TrainingHubDbContext, int, IQueryable<T>> rows) where T : class =>
        new(title, typeof(T), (d, id) => rows(d, id).AsNoTracking());
}
