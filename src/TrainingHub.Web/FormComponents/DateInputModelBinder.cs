using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// Binds a DateOnly from the date input's three boxes (Name.Day, Name.Month, Name.Year). A date that cannot be
/// (31 February, a month of 13, a box left empty) is refused with "… must be a real date" on the field and binds to
/// nothing, so the page shows the message and changes nothing. A single value (a link's ?From=2026-03-31) still binds,
/// and one that is no date (?From=2026-02-31) gets the same message.
/// </summary>
public sealed class DateInputModelBinder(IModelBinder single) : IModelBinder
{
    private static readonly string[] Parts = ["Day", "Month", "Year"];

    public async Task BindModelAsync(ModelBindingContext context)
    {
        var name = context.ModelName;
        var typed = Parts.Select(p => (Part: p, Result: context.ValueProvider.GetValue($"{name}.{p}"))).ToList();
        if (typed.All(t => t.Result == ValueProviderResult.None))
        {
            await single.BindModelAsync(context);
            if (!context.Result.IsModelSet && context.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                context.ModelState.TryAddModelError(name, NotARealDate(context));
            }
            return;
        }
        foreach (var (part, result) in typed) context.ModelState.SetModelValue($"{name}.{part}", result);
        var parts = new DateParts { Day = typed[0].Result.FirstValue, Month = typed[1].Result.FirstValue, Year = typed[2].Result.FirstValue };
        if (parts.IsBlank)
        {
            context.Result = context.ModelMetadata.IsReferenceOrNullableType ? ModelBindingResult.Success(null) : ModelBindingResult.Failed();
            return;
        }
        if (parts.ToDate() is { } date)
        {
            context.Result = ModelBindingResult.Success(date);
            return;
        }
        context.ModelState.TryAddModelError(name, NotARealDate(context));
        context.Result = ModelBindingResult.Failed();
    }

    private static string NotARealDate(ModelBindingContext context) => $"{context.ModelMetadata.DisplayName ?? "Date"} must be a real date";
}

public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly)
            ? new DateInputModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType,
                context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
