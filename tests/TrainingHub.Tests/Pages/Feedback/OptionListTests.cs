using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using TrainingHub.Web.Pages.Feedback;

namespace TrainingHub.Tests.Pages.Feedback;

public class OptionListTests
{
    private static readonly OptionList Trainers = new([new(7, "Amy <Nolan>"), new(12, "Ben & Co"), new(70, "Cara O'Neil")]);

    [Fact]
    public void Writes_every_option_encoded_with_only_the_chosen_one_selected()
    {
        Assert.Equal(
            "<option value=\"7\">Amy &lt;Nolan&gt;</option><option value=\"12\" selected>Ben &amp; Co</option><option value=\"70\">Cara O&#x27;Neil</option>",
            Html(Trainers.Choosing(12)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(700)]
    public void Selects_nothing_when_nothing_or_something_not_offered_is_chosen(int? chosen)
    {
        var html = Html(Trainers.Choosing(chosen));

        Assert.DoesNotContain("selected", html);
        Assert.Equal(3, html.Split("<option ").Length - 1);
    }

    [Fact]
    public void Each_request_marks_its_own_choice_on_the_shared_list()
    {
        var first = Html(Trainers.Choosing(7));
        var second = Html(Trainers.Choosing(70));

        Assert.Contains("value=\"7\" selected", first);
        Assert.DoesNotContain("value=\"70\" selected", first);
        Assert.Contains("value=\"70\" selected", second);
        Assert.DoesNotContain("value=\"7\" selected", second);
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
