using TrainingHub.Web.Pages.Coverage;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>The delivery report as tables for CSV and Excel: the same figures the page shows.</summary>
public static class DeliveryExports
{
    public static ExportTable ByPlaceAndYear(DeliveryReport report) => new("By place and year",
        ["Year", "Place", "Event type", "Events delivered", "Attendees", "Distinct clinicians", "Distinct practices"],
        report.ByPlaceAndYear.Select(r => (IReadOnlyList<object?>)[r.Year, r.Place, r.EventType, r.Events, r.Attendees, r.DistinctClinicians, r.DistinctPractices]).ToList());

    public static ExportTable ByType(DeliveryReport report) => new("By event type",
        ["Event type", "Events delivered", "Attendees", "Distinct clinicians", "Distinct practices"],
        report.ByType.Select(r => (IReadOnlyList<object?>)[r.EventType, r.Events, r.Attendees, r.DistinctClinicians, r.DistinctPractices]).ToList());

    public static ExportTable Fidelity(DeliveryReport report) => new("Fidelity reviews",
        ["Red", "Amber", "Green", "Overdue", "Active practices reviewed"],
        [[report.Fidelity.Red, report.Fidelity.Amber, report.Fidelity.Green, report.Fidelity.Overdue, report.Fidelity.ActivePracticesReviewed]]);

    public static ExportTable Feedback(DeliveryReport report) => new("Feedback headline",
        ["Agree or strongly agree they understand PCSP better", "Of those who answered", "Per cent", "Responses"],
        [report.Feedback.BetterUnderstanding.IsWithheld
            ? new object?[] { Domain.Feedback.FeedbackFigures.WithheldText, report.Feedback.BetterUnderstanding.Of, Domain.Feedback.FeedbackFigures.WithheldText, report.Feedback.Responses }
            : new object?[] { report.Feedback.BetterUnderstanding.Count, report.Feedback.BetterUnderstanding.Of, report.Feedback.BetterUnderstanding.Percent, report.Feedback.Responses }]);

    public static ExportTable TrainerPool(DeliveryReport report) => new("Trainer pool",
        ["Accredited trainers today", $"Accreditations expiring in the next {report.TrainerPool.ExpiringWithinDays} days", "Trainees in the pipeline"],
        [[report.TrainerPool.AccreditedTrainers, report.TrainerPool.ExpiringSoon, report.TrainerPool.InPipeline]]);

    public static IEnumerable<ExportTable> All(DeliveryReport report) =>
        [ByType(report), ByPlaceAndYear(report), Fidelity(report), Feedback(report), TrainerPool(report)];
}
