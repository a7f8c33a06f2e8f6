using System.Diagnostics;
using System.Globalization;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Bench;

public sealed record Measurement(
    string Target, int Concurrency, int Requests, double P50, double P95, double P99, double PerSecond,
    double? CommandsPerRequest, int ServerErrors, int OtherFailures);

/// <summary>
/// A closed-loop load: N workers each send the next request as soon as the last one answered, for a fixed time.
/// Latency is measured per request at the client; the database command count comes from the portal's header.
/// Before each request a worker may do untimed work (fetch a form's antiforgery token, undo its last booking): the
/// <paramref name="prepare"/> step, given the worker's number, returns the request to time.
/// </summary>
public static class LoadDriver
{
    public static async Task<Measurement> MeasureAsync(string target, Func<int, Task<Func<Task<HttpResponseMessage>>>> prepare, int concurrency,
        TimeSpan duration, int expectedStatus = 200)
    {
        var samples = new List<(double Ms, int Status, int? Commands)>[concurrency];
        var clock = Stopwatch.StartNew();
        var deadline = duration;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = samples[worker] = [];
            do
            {
                var send = await prepare(worker);
                var started = clock.Elapsed;
                int status;
                int? commands = null;
                try
                {
                    using var response = await send();
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                    if (response.Headers.TryGetValues(DatabaseCommandCount.Header, out var values) &&
                        int.TryParse(values.First(), CultureInfo.InvariantCulture, out var count)) commands = count;
                }
                catch (HttpRequestException) { status = 0; }
                catch (TaskCanceledException) { status = 0; }
                mine.Add(((clock.Elapsed - started).TotalMilliseconds, status, commands));
            } while (clock.Elapsed < deadline);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).ToList();
        var sorted = all.Select(s => s.Ms).Order().ToArray();
        var counted = all.Where(s => s.Commands is not null).Select(s => (double)s.Commands!.Value).ToList();
        return new Measurement(target, concurrency, all.Count, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99),
            all.Count / elapsed, counted.Count == 0 ? null : counted.Average(),
            all.Count(s => s.Status >= 500), all.Count(s => s.Status != expectedStatus && s.Status < 500));
    }

    private static double Percentile(double[] sorted, int percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
