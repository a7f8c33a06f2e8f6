using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The filters the catalogue and the schedule share: type, place, UK date range, online or in person.</summary>
public sealed class EventFilters
{
    public int? TypeId { get; set; }
    public int? PlaceId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>"online" or "in-person"; anything else means both.</summary>
    public string? Attend { get; set; }

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
