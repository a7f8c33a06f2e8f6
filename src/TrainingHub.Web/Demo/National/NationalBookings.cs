using Bogus;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Bookings by staff of practices in each event's place, with the transitions that brought them to their state and
/// the register. Past events: most attended every session (completed: State Attended with CompletedAt), some did not
/// come, some cancelled; coming events: booked, with a waiting list when more asked than there are seats; cancelled
/// events: everyone cancelled. Written a slice of events at a time so memory does not grow with the dataset.
/// </summary>
public sealed class NationalBookings(Faker faker, NationalWorld world, NationalSizes sizes)
{
    private const int EventsPerSlice = 1_000;
    private int bookingId, transitionId, attendanceId, attendeeBookings;

    public List<Booking> Bookings { get; } = [];
    public List<BookingTransition> Transitions { get; } = [];
    public List<SessionAttendance> Attendance { get; } = [];

    public IEnumerable<NationalBookings> Slices()
    {
        foreach (var slice in world.Events.Chunk(EventsPerSlice))
        {
            Bookings.Clear(); Transitions.Clear(); Attendance.Clear();
            foreach (var e in slice) Book(e);
            yield return this;
        }
    }

    private void Book(NationalWorld.GeneratedEvent e)
    {
        var average = (double)sizes.Bookings / sizes.Events;
        var wanted = faker.Random.Int((int)(average * 0.75), (int)Math.Ceiling(average * 1.25));
        var staff = world.StaffByPlace[e.PlaceId];
        var chosen = new HashSet<NationalWorld.StaffMember>();
        if (staff[0].Id == world.AttendeeId && attendeeBookings++ < 12) chosen.Add(staff[0]);
        for (var tries = 0; chosen.Count < Math.Min(wanted, staff.Count) && tries < wanted * 3; tries++)
            chosen.Add(staff[faker.Random.Int(0, staff.Count - 1)]);
        var seat = 0;
        foreach (var member in chosen) Add(e, member, ++seat, someoneWaits: chosen.Count > e.Capacity);
    }

    private void Add(NationalWorld.GeneratedEvent e, NationalWorld.StaffMember member, int seat, bool someoneWaits)
    {
        var startsAt = e.EndsAt.AddHours(-8);
        var booking = Booking.Request(e.Id, member.Id, member.PracticeId, member.Role, startsAt.AddDays(-faker.Random.Int(3, 80)),
            bookedById: member.Id, id: ++bookingId);
        Bookings.Add(booking);
        if (seat > e.Capacity)
        {
            Record(booking, e.Status == EventStatus.Published
                ? booking.JoinWaitingList(seat - e.Capacity, booking.PersonId, "The event was full, so joined the waiting list", booking.CreatedAt)
                : booking.Cancel(booking.PersonId, "The event was full", booking.CreatedAt));
            return;
        }
        Move(booking, BookingState.Booked, booking.CreatedAt);
        // In the portal a place freed on an event still to come goes to its waiting list at once, so where people
        // wait nobody has cancelled: a free place beside a waiting list is a state the portal never leaves.
        var mayCancel = !(someoneWaits && e.Status == EventStatus.Published);
        if (e.Status == EventStatus.Cancelled || (mayCancel && faker.Random.Bool(0.05f))) Cancel(booking, startsAt);
        else if (e.Status == EventStatus.Completed) Register(booking, e, present: faker.Random.Bool(0.9f));
    }

    private void Cancel(Booking booking, DateTimeOffset startsAt)
    {
        var at = startsAt.AddDays(-faker.Random.Int(1, 3));
        Record(booking, booking.Cancel(booking.PersonId, "Cancelled by the attendee", at));
    }

    private void Register(Booking booking, NationalWorld.GeneratedEvent e, bool present)
    {
        Move(booking, present ? BookingState.Attended : BookingState.NoShow, e.EndsAt);
        foreach (var session in e.SessionIds)
            Attendance.Add(new SessionAttendance
            {
                Id = ++attendanceId, BookingId = booking.Id, EventSessionId = session, Present = present, MarkedAt = e.EndsAt, MarkedById = world.LeadId,
            });
    }

    private void Move(Booking booking, BookingState to, DateTimeOffset at) => Record(booking, booking.MoveTo(to, booking.PersonId, null, at));

    /// <summary>Takes the move's transition out of the booking, keyed, for the bulk writer.</summary>
    private void Record(Booking booking, string? whyNot)
    {
        if (whyNot is not null)
            throw new InvalidOperationException($"Generated booking {booking.Id}: {whyNot}");
        var transition = booking.Transitions[^1];
        transition.Id = ++transitionId;
        transition.BookingId = booking.Id;
        Transitions.Add(transition);
        booking.Transitions.Clear();
    }
}
