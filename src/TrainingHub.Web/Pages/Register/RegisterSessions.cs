using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

public sealed record RegisterSession(
    int SessionId, int SessionNumber, int SessionCount, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int EventId, string EventTitle, EventStatus EventStatus, int CheckInOpensMinutesBefore);

/// <summary>The sessions a person may run the register for: a lead any, a trainer only those of events they are allocated to.</summary>
public sealed class RegisterSessions(TrainingHubDbContext db)
{
    public IQueryable<Data.Entities.Events.EventSession> VisibleTo(ClaimsPrincipal user)
    {
        var sessions = db.EventSessions.AsNoTracking()
            .Where(s => s.ProgrammeEvent!.Status == EventStatus.Published || s.ProgrammeEvent.Status == EventStatus.Completed);
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return sessions;
        var personId = user.PersonId() ?? 0;
        return sessions.Where(s => db.EventTrainers.Any(t => t.ProgrammeEventId == s.ProgrammeEventId && t.PersonId == personId));
    }

    /// <summary>The session, or null when it does not exist or is not this person's to mark.</summary>
    public async Task<RegisterSession?> FindAsync(ClaimsPrincipal user, int sessionId)
    {
        var session = await VisibleTo(user).Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.ProgrammeEventId, s.ProgrammeEvent!.Title, s.ProgrammeEvent.Status, s.ProgrammeEvent.CheckInOpensMinutesBefore })
            .FirstOrDefaultAsync();
        if (session is null) return null;
        var order = await db.EventSessions.AsNoTracking().Where(s => s.ProgrammeEventId == session.ProgrammeEventId)
            .OrderBy(s => s.StartsAt).Select(s => s.Id).ToListAsync();
        return new RegisterSession(session.Id, order.IndexOf(session.Id) + 1, order.Count, session.StartsAt, session.EndsAt,
            session.ProgrammeEventId, session.Title, session.Status, session.CheckInOpensMinutesBefore);
    }
}
