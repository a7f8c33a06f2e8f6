using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Programme;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages;

/// <summary>Home: for each of the signed-in person's roles, what they can do next.</summary>
[AllowAnonymous]
public class IndexModel(TrainingHubDbContext db, ProgrammeAttention attention, TimeProvider clock) : PageModel
{
    public const int ExpiringWithinDays = Trainers.IndexModel.ExpiringWithinDays;

    public sealed record Greeting(string Name, string? Practice);
    public sealed record Expiring(string Accreditation, DateOnly ValidUntil, int DaysLeft);
    public sealed record NextTask(string Title, string Description, string Href);
    public sealed record Section(string Heading, IReadOnlyList<NextTask> Tasks);

    public Greeting? Person { get; private set; }
    public List<Section> Sections { get; } = [];
    /// <summary>A lead's figures to start the day; null for anyone else.</summary>
    public ProgrammeAttention.Figures? LeadFigures { get; private set; }
    /// <summary>The signed-in trainer's accreditations that expire within <see cref="ExpiringWithinDays"/> days.</summary>
    public IReadOnlyList<Expiring> ExpiringSoon { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (User.PersonId() is not { } personId) return;
        Person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new Greeting(p.GivenName, p.Practice == null ? null : p.Practice.Name))
            .FirstOrDefaultAsync();
        // By role held, not by policy: a lead passes the trainer policy but does not deliver training.
        Sections.AddRange(HomeSections.All.Where(s => s.Role is null || User.IsInRole(s.Role)).Select(s => s.Section));
        if (User.IsInRole(PortalRoles.ProgrammeLead)) LeadFigures = await attention.FiguresAsync();
        if (User.IsInRole(PortalRoles.Trainer)) ExpiringSoon = await ExpiringSoonAsync(personId);
    }

    private async Task<IReadOnlyList<Expiring>> ExpiringSoonAsync(int personId)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var last = today.AddDays(ExpiringWithinDays);
        var held = await db.TrainerAccreditations.AsNoTracking()
            .Where(a => a.PersonId == personId && a.GrantedOn <= today && a.ValidUntil >= today && a.ValidUntil <= last)
            .Select(a => new
            {
                a.AccreditationSlug, a.GrantedOn, a.ValidUntil,
                Name = db.EventTypes.Where(t => t.Slug == a.AccreditationSlug).Select(t => t.Name).FirstOrDefault()
            })
            .ToListAsync();
        return held.Where(a => AccreditationRules.ExpiresWithin(new(a.AccreditationSlug, a.GrantedOn, a.ValidUntil), today, ExpiringWithinDays))
            .OrderBy(a => a.ValidUntil)
            .Select(a => new Expiring(a.Name ?? a.AccreditationSlug, a.ValidUntil, a.ValidUntil.DayNumber - today.DayNumber)).ToList();
    }
}

/// <summary>The home page's task cards per role. Each feature adds its cards to its role's section.</summary>
public static class HomeSections
{
    public static readonly (string? Role, IndexModel.Section Section)[] All =
    [
        (null, new("Training",
        [
            new("Find training", "Published courses and workshops still to come, with places left.", "/Events"),
            new("Your bookings", "Your places, waiting lists and offers to accept.", "/Bookings"),
            new("Content library", "Course descriptions and the programme handbook.", "/Content"),
            new("Your training record", "Your bookings, attendance and certificates of attendance.", "/TrainingRecord"),
            new("Check in", "At a session, check in with the code shown in the room.", "/Register/CheckIn"),
            new("Your feedback", "Tell us how the events you completed went.", "/Feedback"),
        ])),
        (PortalRoles.ProgrammeLead, new("Run the programme",
        [
            new("Practice register", "Search the GP practices in the programme's places and see each practice's profile.", "/Practices"),
            new("Import practices", "Bring the register up to date from the NHS ODS practice file.", "/Practices/Import"),
            new("Places", "The places the programme covers and their practices.", "/Places"),
            new("System self-assessment", "Record and compare each area's self-assessment against the PCSP maturity matrix.", "/SelfAssessment"),
            new("Facilitators' caseloads", "Assign practices to facilitators and end assignments.", "/Facilitation/Caseloads"),
            new("Facilitation", "Visits, fidelity reviews and actions across every practice.", "/Facilitation"),
            new("Facilitator cohorts", "Make the people who completed a facilitator course facilitators.", "/Facilitation/Cohorts"),
            new("Events needing attention", "Events with no lead trainer, filling slowly or with people waiting.", "/Programme/Attention"),
            new("Event schedule", "Create, publish and staff the programme's events; see them by month.", "/Events/Schedule"),
            new("Event types", "Edit the kinds of event the programme runs and their defaults.", "/Events/Types"),
            new("Trainer pool", "Train the Trainer cohorts, accreditations expiring soon, and each trainer's delivery load.", "/Trainers"),
            new("Invite a person", "Add someone to the portal: they get an email to set up their account.", "/People/Invite"),
            new("Attendance registers", "Take registers and see late cancellations and no-shows.", "/Register"),
            new("Coverage", "Practices engaged and trained by place and PCN against the target, and who is not trained yet.", "/Coverage"),
            new("Programme delivery", "Events delivered by type, place and year, who attended, and fidelity review ratings.", "/Delivery"),
            new("Feedback reports", "What attendees said, by event, trainer, event type, place and period; who has not answered; training needs.", "/Feedback/Reports"),
            new("People and roles", "Everyone in the portal: grant and revoke roles, switch accounts off and on.", "/People"),
            new("Email outbox", "Messages sent, failed or with delivery unknown, and the email templates.", "/Outbox"),
            new("Background jobs", "Each recurring job, its last and next run and outcome, failures and retries; run one now.", "/Jobs"),
        ])),
        (PortalRoles.Facilitator, new("Support practices",
        [
            new("Practice register", "Find a practice and see its profile.", "/Practices"),
            new("Your caseload", "Your practices, overdue actions, visits this quarter and reviews due.", "/Facilitation"),
        ])),
        (PortalRoles.Trainer, new("Deliver training",
        [
            new("Your sessions", "The events you deliver: coming up and lately, with registers and attendee lists.", "/Trainers/Sessions"),
            new("Practice register", "See the practices whose staff you train.", "/Practices"),
            new("Your calendar feed", "Subscribe to the sessions you deliver in your own calendar.", "/Calendar"),
            new("Attendance registers", "Take the register for the sessions you deliver and show the check-in code.", "/Register"),
            new("Feedback on your events", "What attendees said about the events you delivered.", "/Feedback/Reports"),
            new("Your trainer record", "Your accreditations and when they expire, QA observations, deliveries and the steps still ahead.", "/Trainers/Record"),
            new("Record a QA observation", "For assessors: rate a trainer's delivery against the six criteria.", "/Trainers/Observe"),
        ])),
        (null, new("Your account",
        [
            new("Your sign-in", "Password, two-step verification and signing out everywhere.", "/Account/Security"),
            new("Email preferences", "Choose which reminders you get; confirmations and cancellations always come.", "/Preferences"),
        ])),
        (null, new("Your practice",
        [
            new("Your practice's facilitator", "Who supports your practice with personalised care and support planning.", "/YourPractice/Facilitator"),
        ])),
    ];
}
