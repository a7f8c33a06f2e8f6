using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Attendance;
using TrainingHub.Web.Domain.Attendance;

namespace TrainingHub.Web.Pages.Register;

/// <summary>Each session's check-in code, made the first time a lead or trainer shows it.</summary>
public sealed class SessionCodes(TrainingHubDbContext db, TimeProvider clock)
{
    public async Task<string> ForAsync(int sessionId)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await db.SessionCheckInCodes.AsNoTracking().Where(c => c.EventSessionId == sessionId)
                    .Select(c => c.Code).FirstOrDefaultAsync() is { } code) return code;
            var made = db.SessionCheckInCodes.Add(new SessionCheckInCode
            { EventSessionId = sessionId, Code = CheckInCodes.New(), CreatedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync();
                return made.Entity.Code;
            }
            catch (DbUpdateException)
            {
                // Someone showed it at the same moment (or, rarely, the code is taken): read theirs or try another.
                made.State = EntityState.Detached;
            }
        }
        throw new InvalidOperationException($"No check-in code could be made for session {sessionId}.");
    }

    /// <summary>The session a code names, or null.</summary>
    public Task<int?> SessionForAsync(string code) =>
        db.SessionCheckInCodes.AsNoTracking().Where(c => c.Code == code).Select(c => (int?)c.EventSessionId).FirstOrDefaultAsync();
}
