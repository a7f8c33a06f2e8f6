using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The filters the catalogue and the schedule share: type, place, UK date range, online or in person.</summary>
public sealed class EventFilters
{
    public int? TypeId { get; set; }
    public int? PlaceId { get; set; }
    [Display(Name = "The 'from' date")] public DateOnly? From { get; set; }
    [Display(Name = "The 'to' date")] public DateOnly? To { get; set; }
    /// <summary>"online" or "in-person"; anything else means both.</summary>
    public string? Attend { get; set; }

    /// <summary>The form's fields top to bottom, for the error summary.</summary>
    public static readonly string[] FieldOrder = ["Filters.TypeId", "Filters.PlaceId", "Filters.From", "Filters.To", "Filters.Attend"];

    /// <summary>
    /// Whether the filters can be applied: an impossible date is already refused by its binder; a range that ends
    /// before it starts, or a type or place that is no number, is refused here. The page then lists nothing rather
    /// than events the person did not ask for.
    /// </summary>
    public bool Check(ModelStateDictionary state)
    {
        BindingMessages.Replace(state, "Filters.TypeId", "Choose a type from the list");
        BindingMessages.Replace(state, "Filters.PlaceId", "Choose a place from the list");
        if (From is { } from && To is { } to && to < from)
            state.AddModelError("Filters.To", "The 'to' date must be the same as or after the 'from' date");
        return state.ErrorCount == 0;
    }

    public IQueryable<ProgrammeEvent> Apply(IQueryable<ProgrammeEvent> query)
    {
        if (TypeId is { } typeId) query = query.Where(e => e.EventTypeId == typeId);
        if (PlaceId is { } placeId) query = query.Where(e => e.PlaceId == placeId);
        if (From is { } from) { var start = LondonTime.StartOfDay(from); query = query.Where(e => e.StartsAt >= start); }
        if (To is { } to) { var end = LondonTime.StartOfDay(to.AddDays(1)); query = query.Where(e => e.StartsAt < end); }
        if (Attend == "online") query = query.Where(e => e.IsOnline);
        if (Attend == "in-person") query = query.Where(e => !e.IsOnline);
        return query;
    }
}

/// <summary>What the filters partial draws: the filters as asked (a property, so the date inputs are named Filters.X) and the choices.</summary>
public sealed record EventFiltersForm(EventFilters Filters, IEnumerable<(int Id, string Name)> Types, IEnumerable<(int Id, string Name)> Places);
