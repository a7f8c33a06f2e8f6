namespace TrainingHub.Web.FormComponents;

/// <summary>A date typed into the NHS date input's three boxes, kept as typed so a mistake can be shown back.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public DateOnly? ToDate() =>
        int.TryParse(Day?.Trim(), out var d) && int.TryParse(Month?.Trim(), out var m) && int.TryParse(Year?.Trim(), out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;

    public static DateParts From(DateOnly date) =>
        new() { Day = date.Day.ToString(), Month = date.Month.ToString(), Year = date.Year.ToString() };
}
