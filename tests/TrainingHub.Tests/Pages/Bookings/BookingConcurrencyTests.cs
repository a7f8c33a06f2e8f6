using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>The booking race on the embedded default, SQLite (a write transaction begun IMMEDIATE).</summary>
public sealed class BookingConcurrencyTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public Task Sixty_people_booking_the_last_three_places_at_once_on_sqlite_fill_exactly_capacity_and_queue_the_rest() =>
        BookingRace.Last_places_are_never_oversold_and_the_rest_queue_in_order(factory);

    [Fact]
    public Task A_double_submit_on_sqlite_books_once_and_tells_the_person_they_already_have_a_booking() =>
        BookingRace.The_same_person_pressing_book_many_times_at_once_holds_one_booking(factory);

    [Fact]
    public Task A_second_event_write_on_sqlite_waits_until_the_first_has_committed() =>
        BookingRace.A_second_event_write_waits_until_the_first_has_committed(factory);

    [Fact]
    public async Task A_second_live_booking_for_the_same_person_is_refused_by_the_database_itself()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        await factory.WithDbAsync(async db =>
        {
            foreach (var _ in new[] { 1, 2 })
                db.Bookings.Add(TestBookings.In(BookingState.Booked, e.Id, person.Id, factory.Now()));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(db.IsUniqueViolation(failure));
        });
    }
}
