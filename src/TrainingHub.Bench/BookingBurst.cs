using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using TrainingHub.Web.Demo.National;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Bench;

/// <summary>
/// Many attendees, each signed in, press "Book" for the same small event at the same moment: through real HTTP
/// with each one's own antiforgery token. The database, not the responses, says how many were booked and waitlisted.
/// </summary>
public static class BookingBurst
{
    public static async Task<BurstResult> RunAsync(PortalProcess portal, LoopbackCertificate certificate, BenchDatabase database, BurstSizes sizes, TextWriter log)
    {
        var eventId = (await database.CountsAsync(
            $"SELECT \"Id\", 1 FROM \"ProgrammeEvents\" WHERE \"Title\" = '{BurstSizes.BookingEventTitle}'")).Keys.Single();
        var path = $"/Bookings/Book/{eventId}";
        var attendees = new PortalSession[sizes.BookingAttempts];
        var forms = new FormUrlEncodedContent[sizes.BookingAttempts];
        // Signing in hashes a password each time, so the attendees sign in a few at a time; that takes minutes, longer
        // than either end keeps an idle connection, so each then opens the booking page (a fresh token on a live
        // connection, as a browser would just before pressing). Only the booking is a burst.
        var ready = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, sizes.BookingAttempts), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            attendees[i] = await PortalSession.SignInAsync(portal.Address, string.Format(BurstSizes.BookingEmail, i + 1), certificate));
        await Parallel.ForEachAsync(Enumerable.Range(0, sizes.BookingAttempts), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            forms[i] = await attendees[i].FormAsync(path, []));
        log.WriteLine($"booking burst: {sizes.BookingAttempts} attendees signed in and on the booking page in {ready.Elapsed.TotalSeconds:F0} s; all press Book at once.");
        try
        {
            var failures = new ConcurrentBag<string>();
            var go = new TaskCompletionSource();
            var watch = Stopwatch.StartNew();
            var presses = attendees.Select(async (attendee, i) =>
            {
                await go.Task;
                try
                {
                    using var response = await attendee.Client.PostAsync(path, forms[i]);
                    return (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Add(e.InnerException?.Message ?? e.Message);
                    return 0;
                }
            }).ToList();
            go.SetResult();
            var statuses = await Task.WhenAll(presses);
            var took = watch.Elapsed;
            foreach (var failure in failures.GroupBy(f => f)) log.WriteLine($"booking burst: {failure.Count()} presses got no answer: {failure.Key}");
            var states = await database.CountsAsync($"SELECT \"State\", COUNT(*) FROM \"Bookings\" WHERE \"ProgrammeEventId\" = {eventId} GROUP BY \"State\"");
            return Result(sizes, statuses, states, took);
        }
        finally
        {
            foreach (var attendee in attendees) attendee?.Dispose();
        }
    }

    private static BurstResult Result(BurstSizes sizes, int[] statuses, Dictionary<long, long> states, TimeSpan took)
    {
        var counts = new Dictionary<string, int>
        {
            [BurstResult.Booked] = (int)states.GetValueOrDefault((long)BookingState.Booked),
            [BurstResult.Waitlisted] = (int)states.GetValueOrDefault((long)BookingState.Waitlisted),
            [BurstResult.Other] = (int)states.Where(s => s.Key != (long)BookingState.Booked && s.Key != (long)BookingState.Waitlisted).Sum(s => s.Value),
            [BurstResult.ServerErrors] = statuses.Count(s => s >= 500),
            [BurstResult.NotRedirected] = statuses.Count(s => s != (int)HttpStatusCode.Redirect),
        };
        var correct = counts[BurstResult.Booked] == sizes.Seats && counts[BurstResult.Waitlisted] == sizes.BookingAttempts - sizes.Seats
            && counts[BurstResult.Other] == 0 && counts[BurstResult.ServerErrors] == 0;
        var outcome = $"{sizes.BookingAttempts:N0} simultaneous attempts for {sizes.Seats} seats, each a signed-in attendee's POST with a real antiforgery token: " +
            $"**{(correct ? "correct" : "NOT correct")}** — in the database {counts[BurstResult.Booked]:N0} booked, {counts[BurstResult.Waitlisted]:N0} waitlisted, " +
            $"{counts[BurstResult.Other]} in any other state; {counts[BurstResult.ServerErrors]} 5xx, {counts[BurstResult.NotRedirected]} answers other than a redirect " +
            $"(answers by status: {Answers(statuses)}); " +
            $"all answered in {took.TotalSeconds:F1} s ({sizes.BookingAttempts / took.TotalSeconds:F0} bookings/s).";
        return new BurstResult(BurstScenarios.Booking, outcome, counts);
    }

    /// <summary>"302 ×980, 200 ×20": a status of 0 is a request that got no answer at all.</summary>
    private static string Answers(int[] statuses) =>
        string.Join(", ", statuses.GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count():N0}"));
}
