using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TrainingHub.Web.FormComponents;

public static class DateInputErrors
{
    /// <summary>
    /// True when the date was left empty, so the page should ask for it; false when the binder already refused what
    /// was typed as not a real date, so the field keeps that one reason.
    /// </summary>
    public static bool DateMissing(this ModelStateDictionary errors, string key, DateOnly? date) =>
        date is null && errors.GetFieldValidationState(key) != ModelValidationState.Invalid;
}
