using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Authorization;

/// <summary>Every page, every kind of person: the outcome the matrix rows say, and no page without a row.</summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private static readonly string[] Everyone = ["anonymous", PortalRoles.Attendee, PortalRoles.Trainer, PortalRoles.Facilitator, PortalRoles.ProgrammeLead];
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private MatrixWorld world = null!;
    private List<AccessRow> rows = [];

    public async Task InitializeAsync()
    {
        world = await MatrixWorld.CreateAsync(factory);
        foreach (var type in typeof(PageAccess).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageAccess)) && !t.IsAbstract))
            rows.AddRange(await ((PageAccess)Activator.CreateInstance(type)!).RowsAsync(world, factory));
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_page_has_a_row_in_the_matrix()
    {
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>().Distinct().ToList();
        Assert.NotEmpty(pages);
        var missing = pages.Where(p => rows.All(r => r.Page != p)).ToList();
        Assert.True(missing.Count == 0, "Pages with no row in the authorization matrix: " + string.Join(", ", missing));
        var stale = rows.Where(r => r.Page != AccessRow.NotARazorPage && !pages.Contains(r.Page)).Select(r => r.Page).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for pages that do not exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_kind_of_person_gets_what_the_matrix_says()
    {
        var wrong = new List<string>();
        foreach (var who in Everyone)
        {
            using var client = world.PersonIdFor(who) is { } id ? factory.CreateClientFor(id) : factory.CreateAnonymousClient();
            foreach (var row in rows)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
                if (row.Method == "POST") request.Content = new FormUrlEncodedContent([]);
                var response = await client.SendAsync(request);
                var got = PageAccess.Classify(response, row.Method);
                if (got != row.For(who))
                    wrong.Add($"{row.Method} {row.Path} as {who}: expected {row.For(who)}, got {got} ({(int)response.StatusCode} {response.Headers.Location})");
            }
        }
        Assert.True(rows.Count > 0);
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
