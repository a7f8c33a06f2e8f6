using System.ComponentModel.DataAnnotations;

namespace TrainingHub.Web.Pages.Coverage;

public sealed class TargetInput
{
    [Required(ErrorMessage = "Enter the target as a whole number from 1 to 100")]
    [RegularExpression(@"^\s*\d{1,3}\s*%?\s*$", ErrorMessage = "Enter the target as a whole number from 1 to 100, like 95")]
    [Display(Name = "Target: percentage of active practices trained")]
    public string? Percent { get; set; }

    public int? Value => int.TryParse(Percent?.Trim().TrimEnd('%').Trim(), out var n) && n is >= 1 and <= 100 ? n : null;
}
