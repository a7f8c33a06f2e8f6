using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>Published events for attendee journeys, saved through the app's own DbContext; sessions given in UK time.</summary>
public static class JourneyEvents
{
    public const int ShortenedYocCourse = 3;

    public static async Task<ProgrammeEvent> PublishedAsync(KestrelPortal portal, string title, DateOnly day, int capacity,
        TimeOnly? start = null, TimeOnly? end = null)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var e = new ProgrammeEvent
        {
            EventTypeId = ShortenedYocCourse, Title = title, VenueName = "Thame Community Hall", VenueAddress = "High Street, Thame",
            Capacity = capacity, Status = EventStatus.Published, CreatedAt = now, UpdatedAt = now,
            Sessions = [new EventSession
            {
                StartsAt = LondonTime.ToInstant(day, start ?? new TimeOnly(10, 0)).Instant!.Value,
                EndsAt = LondonTime.ToInstant(day, end ?? new TimeOnly(13, 0)).Instant!.Value,
            }],
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    /// <summary>A fresh DbContext scope for asserting what the journey changed.</summary>
    public static async Task<T> QueryAsync<T>(KestrelPortal portal, Func<TrainingHubDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>());
    }
}
