using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Demo.National;

/// <summary>What one generated part hands to the next: ids, never tracked entities, so memory stays small.</summary>
public sealed class NationalWorld
{
    public sealed record StaffMember(int Id, int PracticeId, ProfessionalRole Role);
    public sealed record GeneratedEvent(int Id, int PlaceId, int TypeId, int Capacity, EventStatus Status, DateTimeOffset EndsAt, int[] SessionIds);

    public List<int> PracticeIds { get; } = [];
    public List<int> PlaceIds { get; } = [];
    public Dictionary<int, List<StaffMember>> StaffByPlace { get; } = [];
    public List<int> TrainerIds { get; } = [];
    public List<int> FacilitatorIds { get; } = [];
    public int LeadId { get; set; }
    public int AttendeeId { get; set; }
    public List<GeneratedEvent> Events { get; } = [];
    public Dictionary<int, int> FacilitatorOf { get; } = [];
}
