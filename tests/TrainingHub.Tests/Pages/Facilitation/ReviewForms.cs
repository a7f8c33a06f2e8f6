using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>Fills the fidelity review form the way a person does: from the page they loaded.</summary>
public static partial class ReviewForms
{
    public static async Task<int> StartReviewAsync(this HttpClient client, int practiceId, string reviewedOn = "2024-06-01")
    {
        var response = await client.PostFormAsync($"/Facilitation/Reviews/Start/{practiceId}", new Dictionary<string, string> { ["ReviewedOn"] = reviewedOn });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last().Split('?')[0]);
    }

    /// <summary>The version the edit page handed out, read from its hidden field.</summary>
    public static async Task<string> LoadedVersionAsync(this HttpClient client, int reviewId) =>
        VersionPattern().Match(await client.GetPageAsync($"/Facilitation/Reviews/Edit/{reviewId}")).Groups[1].Value;

    public static Dictionary<string, string> Form(string version, FidelityRating? everyRating, string evidence, string summary = "",
        string reviewedOn = "2024-06-01", string nextDue = "2025-06-01")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = version, ["Input.ReviewedOn"] = reviewedOn, ["Input.NextReviewDue"] = nextDue, ["Input.Summary"] = summary,
        };
        foreach (var (info, i) in FidelityElements.All.Select((e, i) => (e, i)))
        {
            form[$"Input.Elements[{i}].Element"] = info.Element.ToString();
            form[$"Input.Elements[{i}].Rating"] = everyRating?.ToString() ?? "";
            form[$"Input.Elements[{i}].Evidence"] = evidence;
        }
        return form;
    }

    public static Task<HttpResponseMessage> SaveReviewAsync(this HttpClient client, int reviewId, Dictionary<string, string> form, bool complete = false) =>
        client.PostFormAsync($"/Facilitation/Reviews/Edit/{reviewId}", form,
            complete ? $"/Facilitation/Reviews/Edit/{reviewId}?handler=Complete" : null);

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
