using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Pages.People;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>
/// Facilitator cohorts: the people who completed a 2-day facilitator course, course by course. A lead makes a
/// completer a facilitator, for the course's place or everywhere; the grant is recorded like any other.
/// </summary>
public class CohortsModel(TrainingHubDbContext db, RoleGrants grants) : PortalPageModel
{
    public const string CourseSlug = "facilitator-course";

    public sealed record Completer(int PersonId, string Name, string Organisation, DateTimeOffset CompletedAt, bool HasAccount, bool IsFacilitator);
    public sealed record Cohort(int EventId, string Title, string? Place, int? PlaceId, DateTimeOffset? EndsAt, IReadOnlyList<Completer> Completers);

    public IReadOnlyList<Cohort> Cohorts { get; private set; } = [];
    public string? Confirmation { get; private set; }

    public async Task OnGetAsync(string? made)
    {
        Confirmation = made is null ? null : $"{made} is now a facilitator and can be given a caseload.";
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostMakeAsync(int personId, int eventId, bool forPlaceOnly)
    {
        var completion = await db.Bookings.AsNoTracking()
            .Where(b => b.PersonId == personId && b.ProgrammeEventId == eventId && b.State == BookingState.Attended
                        && b.ProgrammeEvent!.EventType!.Slug == CourseSlug)
            .Select(b => new { Name = b.Person!.GivenName + " " + b.Person.FamilyName, b.ProgrammeEvent!.PlaceId })
            .FirstOrDefaultAsync();
        if (completion is null)
        {
            ModelState.AddModelError("", "Only people who completed this facilitator course can be made facilitators from it.");
            return await PageAsync();
        }
        var placeId = forPlaceOnly ? completion.PlaceId : null;
        var outcome = await grants.GrantAsync(personId, PortalRoles.Facilitator, placeId, User.PersonId()!.Value);
        if (outcome == RoleOutcome.Done) return RedirectToPage(new { made = completion.Name });
        ModelState.AddModelError("", outcome switch
        {
            RoleOutcome.NotFound => $"{completion.Name} has no portal account yet. Invite them from People and roles first.",
            RoleOutcome.AlreadyHeld => $"{completion.Name} is already a facilitator there.",
            _ => $"{completion.Name} cannot be made a facilitator.",
        });
        return await PageAsync();
    }

    private async Task<IActionResult> PageAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.PersonId != null && b.ProgrammeEvent!.EventType!.Slug == CourseSlug)
            .Select(b => new
            {
                b.ProgrammeEventId, b.ProgrammeEvent!.Title, Place = b.ProgrammeEvent.Place!.Name, b.ProgrammeEvent.PlaceId,
                b.ProgrammeEvent.EndsAt, PersonId = b.PersonId!.Value, b.Person!.GivenName, b.Person.FamilyName,
                Organisation = b.Person.Practice != null ? b.Person.Practice.Name : b.Person.Organisation,
                b.CompletedAt, b.UpdatedAt,
                HasAccount = db.Users.Any(u => u.PersonId == b.PersonId),
                IsFacilitator = db.RoleGrants.Any(g => g.PersonId == b.PersonId && g.Role == PortalRoles.Facilitator),
            })
            .ToListAsync();
        Cohorts = rows.GroupBy(r => r.ProgrammeEventId)
            .Select(g => new Cohort(g.Key, g.First().Title, g.First().Place, g.First().PlaceId, g.First().EndsAt,
                g.OrderBy(r => r.FamilyName).ThenBy(r => r.GivenName)
                    .Select(r => new Completer(r.PersonId, $"{r.GivenName} {r.FamilyName}", r.Organisation ?? "",
                        r.CompletedAt ?? r.UpdatedAt, r.HasAccount, r.IsFacilitator))
                    .ToList()))
            .OrderByDescending(c => c.EndsAt)
            .ToList();
    }
}
