using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Content;

namespace TrainingHub.Tests.Pages.Events;

public sealed class ContentLibraryTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_content_page_with_script_and_a_javascript_link_renders_harmless()
    {
        var name = $"test-{Guid.NewGuid():N}";
        var file = Path.Combine(ContentLibrary.Root, name + ".md");
        await File.WriteAllTextAsync(file, "# Hostile\n\n<script>alert(1)</script>\n\n[click me](javascript:alert(2)) and [ok](https://www.england.nhs.uk/)");
        try
        {
            var person = await factory.Data.PersonAsync();
            var html = await factory.CreateClientFor(person.Id).GetPageAsync($"/Content/{name}");
            Assert.DoesNotContain("<script>alert(1)", html);
            Assert.Contains("&lt;script&gt;", html);
            Assert.DoesNotContain("javascript:", html);
            Assert.Contains("href=\"https://www.england.nhs.uk/\"", html);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task Every_event_type_has_its_course_page_in_the_library()
    {
        var person = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(person.Id);
        foreach (var type in TrainingHub.Web.Data.Configurations.EventTypeSeeds.All)
            Assert.Contains("<h1", await client.GetPageAsync($"/Content/courses/{type.Slug}"));
    }

    [Fact]
    public async Task Email_templates_are_not_reading_material_in_the_library()
    {
        var client = factory.CreateClientFor((await factory.Data.PersonAsync()).Id);

        var library = await client.GetPageAsync("/Content");
        Assert.Contains("/Content/courses/yoc-training-course", library);
        Assert.DoesNotContain("/Content/emails/", library);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/Content/emails/booking-confirmed")).StatusCode);
    }
}
