
namespace TrainingHub.Web.Domain.Practices;

/// <summary>What a practice is, as far as choosing it as someone's workplace goes.</summary>
public sealed record ChoosablePractice(int Id, string OdsCode, string Name, PracticeStatus Status, DateOnly? ClosedOn, DateOnly? LeftProgrammeOn);

/// <summary>Which practices a person can be recorded as working in.</summary>
public static class PracticeChoice
{
    /// <summary>Why nobody can join the practice on the date, or null when they can.</summary>
    public static string? WhyNot(ChoosablePractice practice, DateOnly today)
    {
        var name = $"{PracticeNames.Display(practice.Name)} ({practice.OdsCode})";
        if (practice.Status == PracticeStatus.Closed || practice.ClosedOn is { } closed && closed <= today)
            return $"{name} is closed in the NHS register{(practice.ClosedOn is { } on ? $" (closed {on:d MMMM yyyy})" : "")}: choose the practice they work in now";
        if (practice.LeftProgrammeOn is { } left && left <= today)
            return $"{name} left the programme's area on {left:d MMMM yyyy}: its staff cannot join the programme through it";
        return null;
    }
}
