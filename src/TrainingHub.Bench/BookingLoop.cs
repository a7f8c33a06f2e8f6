using System.Collections.Concurrent;

namespace TrainingHub.Bench;

/// <summary>
/// The booking row. A person holds one place per event, so each worker books its own event from the catalogue and
/// only that POST is timed; before its next one, untimed, it cancels the booking on the booking page, as the
/// attendee would, and opens the booking form again for a fresh antiforgery token.
/// </summary>
public sealed class BookingLoop(PortalSession attendee, IReadOnlyList<string> eventIds)
{
    private readonly ConcurrentDictionary<int, string> booked = new();

    public async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(int worker)
    {
        if (worker >= eventIds.Count)
            throw new InvalidOperationException($"The catalogue lists {eventIds.Count} events: too few for {worker + 1} people booking at once.");
        var path = $"/Bookings/Book/{eventIds[worker]}";
        if (booked.TryRemove(worker, out var bookingPage)) await CancelAsync(bookingPage);
        using var form = await attendee.Client.GetAsync(path);
        // A place the dataset gave the attendee already: the booking form leads to it instead.
        if (form.Headers.Location is { } existing)
        {
            await CancelAsync(existing.OriginalString);
            return await PrepareAsync(worker);
        }
        var fields = PortalSession.FormFrom(await form.Content.ReadAsStringAsync(), path, []);
        return async () =>
        {
            var response = await attendee.Client.PostAsync(path, fields);
            if (response.Headers.Location is { } location) booked[worker] = location.OriginalString;
            return response;
        };
    }

    private async Task CancelAsync(string bookingPage)
    {
        using var _ = await attendee.PostFormAsync(bookingPage + "?handler=Cancel", new() { ["Reason"] = "Benchmark" }, bookingPage);
    }
}
