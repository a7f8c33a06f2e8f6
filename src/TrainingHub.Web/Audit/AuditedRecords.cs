using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Coverage;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Data.Entities.Venues;

namespace TrainingHub.Web.Audit;

/// <summary>
/// The records whose every change goes in the audit log, named as people read them, and for each the text columns
/// whose values are kept. Any other text (names, emails, notes, evidence, anything a person typed about themselves or
/// others) is logged only as changed: the log is append-only, so erasing a person must not need to edit it.
/// </summary>
public static class AuditedRecords
{
    public sealed record Audited(string Kind, IReadOnlySet<string> KeptText);

    /// <summary>The marker logged instead of a text value the log does not keep.</summary>
    public const string TextNotKept = "(text not kept in the audit log)";

    private static readonly Dictionary<Type, Audited> ByType = new()
    {
        [typeof(Person)] = Of("Person"),
        [typeof(PersonPracticeChange)] = Of("Person's practice"),
        [typeof(RoleGrant)] = Of("Role", nameof(RoleGrant.Role), nameof(RoleGrant.ScopeKey)),
        [typeof(Practice)] = Of("Practice", nameof(Practice.OdsCode), nameof(Practice.Name), nameof(Practice.AddressLine1),
            nameof(Practice.AddressLine2), nameof(Practice.AddressLine3), nameof(Practice.AddressLine4), nameof(Practice.AddressLine5),
            nameof(Practice.Postcode), nameof(Practice.Telephone), nameof(Practice.CommissionerCode), nameof(Practice.IcbCode)),
        [typeof(Place)] = Of("Place", nameof(Place.Name), nameof(Place.CommissionerCode)),
        [typeof(EventType)] = Of("Event type", nameof(EventType.Slug), nameof(EventType.Name), nameof(EventType.RequiredAccreditation)),
        [typeof(ProgrammeEvent)] = Of("Event", nameof(ProgrammeEvent.Title), nameof(ProgrammeEvent.VenueName),
            nameof(ProgrammeEvent.VenueAddress), nameof(ProgrammeEvent.JoiningLink)),
        [typeof(Venue)] = Of("Venue", nameof(Venue.Name), nameof(Venue.AddressLine1), nameof(Venue.AddressLine2),
            nameof(Venue.Town), nameof(Venue.Postcode)),
        [typeof(EventSession)] = Of("Event session"),
        [typeof(EventTrainer)] = Of("Event trainer"),
        [typeof(Booking)] = Of("Booking"),
        [typeof(SessionAttendance)] = Of("Register mark"),
        [typeof(TrainerAccreditation)] = Of("Trainer accreditation", nameof(TrainerAccreditation.AccreditationSlug)),
        [typeof(QaObservation)] = Of("QA observation", nameof(QaObservation.AccreditationSlug)),
        [typeof(QaCriterionRating)] = Of("QA rating"),
        [typeof(TrainerRecordNote)] = Of("Trainer record note"),
        [typeof(FacilitatorAssignment)] = Of("Facilitator assignment"),
        [typeof(PracticeVisit)] = Of("Practice visit"),
        [typeof(VisitAction)] = Of("Visit action"),
        [typeof(FidelityReview)] = Of("Fidelity review"),
        [typeof(FidelityElementRating)] = Of("Fidelity rating"),
        [typeof(CoverageTarget)] = Of("Coverage target"),
        [typeof(EventTypeFeedbackSettings)] = Of("Feedback settings"),
    };

    public static Audited? For(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>Every kind the log can hold, for the page's filter: the audited records and the events logged by hand.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ByType.Values.Select(a => a.Kind).Concat([AuditLog.SignIn, AuditLog.PersonalData]).Order(StringComparer.Ordinal).ToList();

    private static Audited Of(string kind, params string[] keptText) => new(kind, keptText.ToHashSet());
}
