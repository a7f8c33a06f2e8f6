using System.Collections.Concurrent;

namespace TrainingHub.Bench;

/// <summary>
/// The booking row. A person holds one place per event, so each worker books its own event from the catalogue and
/// only that POST is timed; before its next one, untimed, it cancels the booking on the booking page, as the
/// attendee would, and opens the booking form again for a fresh antiforgery token. Events whose booking page offers
/// no place (booking not open yet, or closed) are passed over, and so is an event whose booking was refused.
/// </summary>
public sealed class BookingLoop(PortalSession attendee, IReadOnlyList<string> eventIds)
{
    private readonly ConcurrentDictionary<int, string> booked = new();
    private readonly ConcurrentDictionary<int, string> eventOf = new();
    private readonly ConcurrentQueue<string> unused = new(eventIds);

    public async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(int worker)
    {
        if (booked.TryRemove(worker, out var bookingPage)) await CancelAsync(bookingPage);
        while (true)
        {
            var path = $"/Bookings/Book/{eventOf.GetOrAdd(worker, _ => NextEvent(worker))}";
            using var form = await attendee.Client.GetAsync(path);
            if (form.Headers.Location is null)
            {
                var page = await form.Content.ReadAsStringAsync();
                // Booking not open yet, or closed: pressing Book would only be refused, which is not the row's work.
                if (!OffersAPlace(page))
                {
                    eventOf[worker] = NextEvent(worker);
                    continue;
                }
                var fields = PortalSession.FormFrom(page, path, []);
                return async () =>
                {
                    var response = await attendee.Client.PostAsync(path, fields);
                    if (response.Headers.Location is { } location) booked[worker] = location.OriginalString;
                    else eventOf.TryRemove(worker, out _);
                    return response;
                };
            }
            // A place the dataset gave the attendee already: cancel it, and if it cannot be cancelled (inside the
            // event's cut-off) the booking form keeps leading to it, so this worker moves on to another event.
            await CancelAsync(form.Headers.Location.OriginalString);
            using var again = await attendee.Client.GetAsync(path);
            if (again.Headers.Location is not null) eventOf[worker] = NextEvent(worker);
        }
    }

    private static bool OffersAPlace(string bookingPage) =>
        bookingPage.Contains(">Book a place</button>", StringComparison.Ordinal) || bookingPage.Contains(">Join the waiting list</button>", StringComparison.Ordinal);

    private string NextEvent(int worker) => unused.TryDequeue(out var id) ? id
        : throw new InvalidOperationException($"The catalogue's first pages list too few events the attendee can book for {worker + 1} people booking at once.");

    private async Task CancelAsync(string bookingPage)
    {
        // A place is cancelled through its confirmation page (/Bookings/Cancel/{id}), never from the booking page itself.
        using var _ = await attendee.PostFormAsync(bookingPage.Replace("/Bookings/Details/", "/Bookings/Cancel/"), new() { ["Reason"] = "Benchmark" }, bookingPage);
    }
}
