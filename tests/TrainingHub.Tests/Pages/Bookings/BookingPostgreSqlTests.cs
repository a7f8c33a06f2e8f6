using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>The booking race on the production database, PostgreSQL (the event's row locked FOR UPDATE).</summary>
public sealed class BookingPostgreSqlTests : PostgreSqlPortal
{
    [Fact]
    public async Task On_postgresql_sixty_people_booking_the_last_three_places_at_once_fill_exactly_capacity_and_queue_the_rest()
    {
        await BookingRace.Last_places_are_never_oversold_and_the_rest_queue_in_order(Factory);
        await BookingRace.The_same_person_pressing_book_many_times_at_once_holds_one_booking(Factory);
        var e = await Factory.BookableEventAsync();
        var person = await Factory.Data.PersonAsync((await Factory.PracticeAsync()).Id);
        await Factory.WithDbAsync(async db =>
        {
            foreach (var _ in new[] { 1, 2 })
                db.Bookings.Add(TestBookings.In(BookingState.Booked, e.Id, person.Id, Factory.Now()));
            Assert.True(db.IsUniqueViolation(await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())));
        });
    }

    [Fact]
    public async Task On_postgresql_a_crowd_booking_one_event_waits_its_turn_without_emptying_the_connection_pool()
    {
        // A pool of five that gives up after a second: the crowd outnumbers it, and the event stays locked for longer.
        await using var small = await PostgresDatabase.CreateAsync();
        using var portal = new PortalFactory().With("Database:Provider", "PostgreSql").With("Jobs:Enabled", "false").OnTestClock()
            .With("Database:ConnectionString", new NpgsqlConnectionStringBuilder(small.ConnectionString) { MaxPoolSize = 5, Timeout = 1 }.ConnectionString);
        var e = await portal.BookableEventAsync(capacity: 5);
        var forms = new List<(HttpClient Client, FormUrlEncodedContent Form)>();
        foreach (var person in await portal.StaffAsync((await portal.PracticeAsync()).Id, 20))
        {
            var client = portal.CreateClientFor(person.Id);
            forms.Add((client, new FormUrlEncodedContent([new("__RequestVerificationToken", Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{e.Id}")))])));
        }
        using var scope = portal.Services.CreateScope();
        var holder = await scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>().BeginEventWriteAsync([e.Id]);
        var posts = forms.Select(f => f.Client.PostAsync($"/Bookings/Book/{e.Id}", f.Form)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await holder.CommitAsync();
        await holder.DisposeAsync();

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"A booking POST gave {(int)r.StatusCode}"));
        var bookings = await portal.BookingsOnAsync(e.Id);
        Assert.Equal((5, 15), (bookings.Count(b => b.State == BookingState.Booked), bookings.Count(b => b.State == BookingState.Waitlisted)));
    }

    [Fact]
    public Task On_postgresql_a_second_event_write_waits_until_the_first_has_committed() =>
        BookingRace.A_second_event_write_waits_until_the_first_has_committed(Factory);
}
