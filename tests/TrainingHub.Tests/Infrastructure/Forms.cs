using System.Net;
using System.Text.RegularExpressions;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>Posts a form the way a browser does: the antiforgery token read from the page's own GET.</summary>
public static partial class Forms
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>GETs formUrl for its token, then posts the fields to postUrl (default: the same URL).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = AntiforgeryToken(await client.GetPageAsync(formUrl));
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl ?? formUrl, content);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl,
        object fields, string? postUrl = null) =>
        client.PostFormAsync(formUrl, fields.GetType().GetProperties()
            .Select(p => new KeyValuePair<string, string>(p.Name.Replace("__", "."), p.GetValue(fields)?.ToString() ?? "")), postUrl);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
