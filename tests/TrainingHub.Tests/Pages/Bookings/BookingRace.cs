using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>
/// The race both providers must win: many people press Book at the same moment for the last few places.
/// Real HTTP through the real pipeline, each person signed in with a real antiforgery token from their own GET.
/// </summary>
public static class BookingRace
{
    public const int People = 60;
    public const int Capacity = 10;
    public const int AlreadyTaken = 7;

    public static async Task Last_places_are_never_oversold_and_the_rest_queue_in_order(PortalFactory factory)
    {
        var practice = await factory.PracticeAsync();
        var e = await factory.BookableEventAsync(Capacity);
        foreach (var early in await factory.StaffAsync(practice.Id, AlreadyTaken))
            Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientFor(early.Id).BookAsync(e.Id)).StatusCode);

        var racers = await factory.StaffAsync(practice.Id, People);
        var forms = new List<(HttpClient Client, FormUrlEncodedContent Form)>();
        foreach (var person in racers)
        {
            var client = factory.CreateClientFor(person.Id);
            var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{e.Id}"));
            forms.Add((client, new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));
        }
        var go = new TaskCompletionSource();
        var posts = forms.Select(async f => { await go.Task; return await f.Client.PostAsync($"/Bookings/Book/{e.Id}", f.Form); }).ToList();
        go.SetResult();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"A booking POST gave {(int)r.StatusCode}"));
        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(Capacity, bookings.Count(b => b.State == BookingState.Booked));
        var waiting = bookings.Where(b => b.State == BookingState.Waitlisted).ToList();
        Assert.Equal(People + AlreadyTaken - Capacity, waiting.Count);
        Assert.Equal(Enumerable.Range(1, waiting.Count), waiting.Select(b => b.WaitingPosition!.Value).Order());
        // Nobody jumps the queue: positions follow the order in which the database let people in.
        Assert.Equal(waiting.OrderBy(b => b.Id).Select(b => b.WaitingPosition), waiting.OrderBy(b => b.WaitingPosition).Select(b => b.WaitingPosition));
        Assert.Equal(bookings.Count, bookings.Select(b => b.PersonId).Distinct().Count());
        Assert.All(bookings, b => Assert.Contains(b.Transitions, t => t.From == BookingState.Requested && t.ById == b.PersonId));
    }

    public static async Task The_same_person_pressing_book_many_times_at_once_holds_one_booking(PortalFactory factory)
    {
        var practice = await factory.PracticeAsync();
        var e = await factory.BookableEventAsync(5);
        var person = (await factory.StaffAsync(practice.Id, 1))[0];
        var client = factory.CreateClientFor(person.Id);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{e.Id}"));
        var go = new TaskCompletionSource();
        var posts = Enumerable.Range(0, 12).Select(async _ =>
        {
            await go.Task;
            return await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        }).ToList();
        go.SetResult();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"A double submit gave {(int)r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
            Assert.Contains("You already have a booking for this event", await refused.Content.ReadAsStringAsync());
        Assert.Single(await factory.BookingsOnAsync(e.Id));
    }

    /// <summary>The seam itself: while one request holds an event, a second writer to it waits for the commit.</summary>
    public static async Task A_second_event_write_waits_until_the_first_has_committed(PortalFactory factory)
    {
        var e = await factory.BookableEventAsync();
        using var one = factory.Services.CreateScope();
        using var two = factory.Services.CreateScope();
        // Which came first, counted rather than timed: the release is step 1 only if the second writer has not begun.
        var steps = 0;
        var first = await one.ServiceProvider.GetRequiredService<TrainingHubDbContext>().BeginEventWriteAsync([e.Id]);
        var second = Task.Run(async () =>
        {
            await using var t = await two.ServiceProvider.GetRequiredService<TrainingHubDbContext>().BeginEventWriteAsync([e.Id]);
            return Interlocked.Increment(ref steps);
        });
        await Task.Delay(700);
        Assert.False(second.IsCompleted, "A second writer began while the first still held the event");
        var released = Interlocked.Increment(ref steps);
        await first.CommitAsync();
        await first.DisposeAsync();
        Assert.True(await second > released, "The second writer began before the first let go");
    }
}
