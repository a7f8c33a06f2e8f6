using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>The reads the booking pages show: a person's own bookings, one booking, and an event's attendees.</summary>
public sealed class BookingViews(TrainingHubDbContext db)
{
    public sealed record Mine(int BookingId, int EventId, string Title, DateTimeOffset? StartsAt, BookingState State, int? WaitingPosition, DateTimeOffset? OfferExpiresAt);

    public sealed record One(int Id, int EventId, int? PersonId, string? PersonName, BookingState State, int? WaitingPosition,
        DateTimeOffset? OfferExpiresAt, string? CancellationReason, string? Note, int CancellationCutOffHours, BookingAnswers Answers);

    public sealed record Attendee(int BookingId, int? PersonId, string Name, string? Email, string? Practice, string? OdsCode,
        ProfessionalRole? Role, BookingState State, int? WaitingPosition, DateTimeOffset? OfferExpiresAt, string? BookedBy,
        string? Note, DateTimeOffset CreatedAt, string? CancellationReason, bool IsLateCancellation, BookingAnswers Answers);

    public sealed record Table(string Caption, IReadOnlyList<Attendee> Rows);

    public Task<List<Mine>> MineAsync(int personId) =>
        db.Bookings.AsNoTracking().Where(b => b.PersonId == personId)
            .OrderByDescending(b => b.ProgrammeEvent!.StartsAt).ThenByDescending(b => b.Id)
            .Select(b => new Mine(b.Id, b.ProgrammeEventId, b.ProgrammeEvent!.Title, b.ProgrammeEvent.StartsAt, b.State, b.WaitingPosition, b.OfferExpiresAt))
            .ToListAsync();

    public Task<One?> OneAsync(int bookingId) =>
        db.Bookings.AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new One(b.Id, b.ProgrammeEventId, b.PersonId, b.Person == null ? null : b.Person.GivenName + " " + b.Person.FamilyName,
                b.State, b.WaitingPosition, b.OfferExpiresAt, b.CancellationReason, b.Note, b.ProgrammeEvent!.CancellationCutOffHours,
                new BookingAnswers(b.AccessNeeds, b.DietaryNeeds, b.ConfirmedJobRole)))
            .FirstOrDefaultAsync();

    /// <summary>Live bookings and reserved places, then the waiting list in order, then named cancellations (newest first).</summary>
    public async Task<List<Attendee>> AttendeesAsync(int eventId)
    {
        var rows = await db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == eventId)
            .Where(b => b.State != BookingState.Cancelled || b.PersonId != null)
            .Select(b => new Attendee(b.Id, b.PersonId,
                b.Person == null ? "Reserved place, not yet named" : b.Person.GivenName + " " + b.Person.FamilyName,
                b.Person == null ? null : b.Person.WorkEmail, b.Practice == null ? null : b.Practice.Name,
                b.Practice == null ? null : b.Practice.OdsCode, b.ProfessionalRole, b.State, b.WaitingPosition, b.OfferExpiresAt,
                b.BookedById == null ? null : db.People.Where(p => p.Id == b.BookedById).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault(),
                b.Note, b.CreatedAt, b.CancellationReason, b.IsLateCancellation, new BookingAnswers(b.AccessNeeds, b.DietaryNeeds, b.ConfirmedJobRole)))
            .ToListAsync();
        return rows.Select(r => r.Practice is null ? r : r with { Practice = PracticeNames.Display(r.Practice) })
            .OrderBy(r => r.State == BookingState.Cancelled ? 2 : r.State == BookingState.Waitlisted ? 1 : 0)
            .ThenBy(r => r.WaitingPosition).ThenBy(r => r.State == BookingState.Cancelled ? 0 : r.CreatedAt.UtcTicks)
            .ThenBy(r => r.Name).ToList();
    }

    /// <summary>The attendee list as CSV, with the answers to the booking questions: every cell passed through <see cref="SpreadsheetSafe"/>, because names and notes are typed by people.</summary>
    public static string Csv(IEnumerable<Attendee> attendees)
    {
        var csv = new StringBuilder();
        Line(csv, "Name", "Email", "Practice", "ODS code", "Role", "Status", "Waiting position", "Booked by", "Note",
            "Access needs", "Dietary needs", "Job role confirmed");
        foreach (var a in attendees)
            Line(csv, a.Name, a.Email, a.Practice, a.OdsCode, a.Role is { } r ? DisplayNames.Of(r) : null, BookingLifecycle.Display(a.State),
                a.WaitingPosition?.ToString(), a.BookedBy, a.Note,
                a.Answers.AccessNeeds, a.Answers.DietaryNeeds, a.Answers.JobRole is { } confirmed ? DisplayNames.Of(confirmed) : null);
        return csv.ToString();
    }

    /// <summary>One CSV row, every cell made safe to open in a spreadsheet and quoted.</summary>
    public static void Line(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(c => '"' + SpreadsheetSafe.Cell(c).Replace("\"", "\"\"") + '"'))).Append("\r\n");
}
