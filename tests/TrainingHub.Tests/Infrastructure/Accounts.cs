using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>Real password sign-ins, for the tests about sign-in itself (others use <see cref="TestSignIn"/>).</summary>
public static class Accounts
{
    public const string Password = "a long enough test password";

    public static async Task<string> GivePasswordAsync(this PortalFactory factory, int personId, string password = Password)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>().Users.SingleAsync(u => u.PersonId == personId);
        var result = await users.AddPasswordAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Email!;
    }

    /// <summary>A client holding a real sign-in cookie, got by posting the sign-in form.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email, string password = Password)
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Sign-in gave {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The email and token a one-time link page carries in hidden fields.</summary>
    public static Dictionary<string, string> LinkFields(string html) => new()
    {
        ["Input.Email"] = Hidden(html, "Input.Email"),
        ["Input.Token"] = Hidden(html, "Input.Token"),
    };

    private static string Hidden(string html, string name) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
}
