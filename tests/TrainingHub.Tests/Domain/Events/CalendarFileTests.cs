using System.Text;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class CalendarFileTests
{
    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_newlines() =>
        Assert.Equal(@"a\\b\;c\,d\ne", CalendarFile.Escape("a\\b;c,d\r\ne"));

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Café £5 – ", 30));
        var physical = CalendarFile.Fold(line).Split("\r\n");
        Assert.True(physical.Length > 1);
        Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75, $"{Encoding.UTF8.GetByteCount(p)} octets: {p}"));
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal(line, string.Concat(physical.Select((p, i) => i == 0 ? p : p[1..])));
    }

    [Fact]
    public void Times_are_written_in_UTC() =>
        Assert.Equal("20260715T090000Z", CalendarFile.Utc(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.FromHours(1))));

    [Fact]
    public void A_cancelled_session_says_so_and_every_line_ends_with_CRLF()
    {
        var at = new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero);
        var text = CalendarFile.Write("Test", [new("s-1@traininghub", 3, at, at, at.AddHours(2), "Course", null, null, null, Cancelled: true)]);
        Assert.Contains("STATUS:CANCELLED\r\n", text);
        Assert.Contains("SEQUENCE:3\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }
}
