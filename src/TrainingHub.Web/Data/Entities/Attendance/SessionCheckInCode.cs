using TrainingHub.Web.Data.Entities.Events;

namespace TrainingHub.Web.Data.Entities.Attendance;

/// <summary>The code shown in the room for one session, so booked attendees can check themselves in.</summary>
public class SessionCheckInCode
{
    public int EventSessionId { get; set; }
    public EventSession? EventSession { get; set; }
    public required string Code { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
