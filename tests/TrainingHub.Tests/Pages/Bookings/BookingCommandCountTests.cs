using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>A booking's database work does not depend on who else is on the event: the benchmark's no-N+1 check relies on it.</summary>
public sealed class BookingCommandCountTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").With(DatabaseCommandCount.Setting, "true").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Joining_a_waiting_list_runs_as_many_database_commands_as_taking_a_free_place()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 4);
        var free = await factory.BookableEventAsync(capacity: 1);
        var full = await factory.BookableEventAsync(capacity: 1);
        await factory.CreateClientFor(people[0].Id).BookAsync(full.Id);
        await factory.CreateClientFor(people[1].Id).BookAsync(full.Id);

        var takingAPlace = await CommandsToBookAsync(people[2], free.Id);
        var joiningTheLine = await CommandsToBookAsync(people[3], full.Id);

        Assert.Equal(takingAPlace, joiningTheLine);
        Assert.Equal([1, 2], (await factory.BookingsOnAsync(full.Id)).Where(b => b.WaitingPosition is not null).Select(b => b.WaitingPosition!.Value).Order());
    }

    private async Task<int> CommandsToBookAsync(Person person, int eventId)
    {
        using var response = await factory.CreateClientFor(person.Id).BookAsync(eventId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Assert.Single(response.Headers.GetValues(DatabaseCommandCount.Header)));
    }
}
