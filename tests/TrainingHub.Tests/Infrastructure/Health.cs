using System.Net;

namespace TrainingHub.Tests.Infrastructure;

public static class Health
{
    /// <summary>
    /// The job server starts once the app has started, so /health
    /// is briefly Unhealthy after start-up, truthfully. Waits, bounded, for it to settle.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Body)> WaitForHealthyAsync(HttpClient client, TimeSpan? limit = null)
    {
        // The real clock: a bound on how long the test waits, not a time the portal reads.
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await client.GetAsync("/health");
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline) return (response.StatusCode, body);
            await Task.Delay(200);
        }
    }
}
