using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Domain.Facilitation;

/// <summary>The programme's calendar: UK local dates and the NHS financial quarters (April to June is Q1).</summary>
public static class ProgrammeCalendar
{
    /// <summary>The first and last day of the financial quarter that holds the date.</summary>
    public static (DateOnly First, DateOnly Last) QuarterOf(DateOnly date)
    {
        var startMonth = (date.Month - 1) / 3 * 3 + 1;
        var first = new DateOnly(date.Year, startMonth, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The default next review: twelve months after this one.</summary>
    public static DateOnly DefaultNextReview(DateOnly reviewedOn) => reviewedOn.AddMonths(12);
}
