using TrainingHub.Web.Content;
using TrainingHub.Web.Pages.Outbox;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Messages;

public sealed class EmailTemplatesTests
{
    private readonly EmailTemplates templates = new(new MarkdownRenderer());

    private static Dictionary<string, string> SampleValues() => new()
    {
        ["person.given_name"] = "Amina",
        ["event.title"] = "Personalised care and support planning: day one",
        ["event.first_session_local"] = "Tuesday 3 March 2026, 09:30",
        ["event.venue"] = "Oxford Town Hall",
        ["event.change_note"] = "The venue has moved.",
        ["booking.manage_url"] = "https://traininghub.example.nhs.uk/bookings/12",
        ["booking.waiting_position"] = "2",
        ["feedback.url"] = "https://traininghub.example.nhs.uk/feedback/12",
        ["programme.name"] = "Thames Valley PCSP programme",
        ["programme.events_url"] = "https://traininghub.example.nhs.uk/events",
        ["announcement.subject"] = "New dates",
        ["announcement.body_markdown"] = "More dates are **open**.",
        ["sender.name"] = "Sam Lead",
    };

    /// <summary>Every template in content/emails, so a new one cannot be added without being checked here.</summary>
    public static TheoryData<string> Kinds => new(Directory.EnumerateFiles(Path.Combine(ContentLibrary.Root, "emails"), "*.md")
        .Select(Path.GetFileNameWithoutExtension).Where(name => name != "README").Order().ToArray()!);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_template_the_programme_sends_renders_both_parts_with_nothing_left_unfilled(string kind)
    {
        var email = templates.Render(kind, TemplateSamples.Values);
        Assert.DoesNotContain("{{", email.Subject + email.Html + email.Text);
        Assert.Contains("Amina", email.Html);
        Assert.Contains("Amina", email.Text);
        Assert.DoesNotContain("<", email.Text);
    }

    [Fact]
    public void A_link_with_a_query_string_arrives_whole_in_both_parts()
    {
        var link = "https://traininghub.example.nhs.uk/Account/AcceptInvitation?email=amina%40nhs.example&token=abc_123-x";
        var values = new Dictionary<string, string>(TemplateSamples.Values) { ["secret.invitation_url"] = link };

        var email = templates.Render("invitation", values);

        Assert.Contains(link, email.Text.Split('\n'));
        Assert.Contains($"href=\"{link.Replace("&", "&amp;")}\"", email.Html);
    }

    [Fact]
    public void A_placeholder_nobody_filled_stops_the_message_and_names_what_is_missing()
    {
        var values = SampleValues();
        values.Remove("event.venue");
        values["booking.manage_url"] = "  ";
        var error = Assert.Throws<UnfilledPlaceholderException>(() => templates.Render("reminder-1-day", values));
        Assert.Equal(["event.venue", "booking.manage_url"], error.Missing.Order().Reverse());
        Assert.Contains("{{event.venue}}", error.Message);
    }

    [Fact]
    public void Confirmations_and_cancellations_are_essential_and_reminders_are_not()
    {
        Assert.True(templates.Load("booking-confirmed").Essential);
        Assert.True(templates.Load("event-cancelled").Essential);
        Assert.False(templates.Load("reminder-7-days").Essential);
        Assert.False(templates.Load("feedback-chase").Essential);
    }

    [Fact]
    public void Placeholders_in_the_subject_are_filled_too()
    {
        var email = templates.Render("reminder-1-day", SampleValues());
        Assert.Equal("Tomorrow: Personalised care and support planning: day one", email.Subject);
    }

    [Fact]
    public void Typed_values_cannot_smuggle_html_or_script_into_the_message()
    {
        var values = SampleValues();
        values["announcement.body_markdown"] = "<script>alert(1)</script> [x](javascript:alert(1))";
        var email = templates.Render("programme-announcement", values);
        Assert.DoesNotContain("<script", email.Html);
        Assert.DoesNotContain("javascript:", email.Html);
    }

    [Fact]
    public void The_mail_message_carries_a_plain_text_and_an_html_alternative()
    {
        var email = templates.Render("account-test", SampleValues());
        var message = email.ToMimeMessage(new MimeKit.MailboxAddress("Amina", "amina@example.nhs.uk"));
        var alternative = Assert.IsType<MimeKit.MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(v => v.ContentType.MimeType));
        Assert.Equal("amina@example.nhs.uk", Assert.Single(message.To.Mailboxes).Address);
    }

    [Fact]
    public void A_template_without_a_subject_is_refused()
    {
        Assert.Throws<FormatException>(() => EmailTemplates.Parse("broken", "---\nessential: true\n---\nHello"));
        Assert.Throws<FormatException>(() => EmailTemplates.Parse("broken", "Hello {{person.given_name}}"));
    }

    [Fact]
    public void The_readme_is_not_a_message_kind_and_unknown_kinds_are_refused()
    {
        Assert.DoesNotContain("README", templates.Kinds());
        Assert.Throws<ArgumentException>(() => templates.Load("../appsettings"));
    }
}
