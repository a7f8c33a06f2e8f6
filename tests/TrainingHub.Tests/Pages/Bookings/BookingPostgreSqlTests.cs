using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>The booking race on the production database, PostgreSQL (the event's row locked FOR UPDATE).</summary>
public sealed class BookingPostgreSqlTests : IAsyncLifetime
{
    private PostgresDatabase database = null!;
    private PortalFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        factory = new PortalFactory().With("Database:Provider", "PostgreSql").With("Database:ConnectionString", database.ConnectionString)
            .With("Jobs:Enabled", "false");
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task On_postgresql_sixty_people_booking_the_last_three_places_at_once_fill_exactly_capacity_and_queue_the_rest()
    {
        await BookingRace.Last_places_are_never_oversold_and_the_rest_queue_in_order(factory);
        await BookingRace.The_same_person_pressing_book_many_times_at_once_holds_one_booking(factory);
        var e = await factory.BookableEventAsync();
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        await factory.WithDbAsync(async db =>
        {
            foreach (var _ in new[] { 1, 2 })
                db.Bookings.Add(new Booking { ProgrammeEventId = e.Id, PersonId = person.Id, State = BookingState.Booked, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
            Assert.True(db.IsUniqueViolation(await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())));
        });
    }

    [Fact]
    public Task On_postgresql_a_second_event_write_waits_until_the_first_has_committed() =>
        BookingRace.A_second_event_write_waits_until_the_first_has_committed(factory);
}
