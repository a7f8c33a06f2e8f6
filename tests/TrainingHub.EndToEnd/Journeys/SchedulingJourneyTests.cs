using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// A programme lead schedules a three-day Train the Trainer: the sessions added one by one, the trainers checked
/// against them before saving (accredited until when, trainee, a clash with a course one of them already leads), the
/// clashing lead refused with the reason, then the event saved with an accredited lead who is free. The course runs in
/// June of next year, so its UK times are British Summer Time, an hour ahead of what is stored.
/// </summary>
public sealed class SchedulingJourneyTests(BrowserFixture browser, PortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<PortalFixture>
{
    private const string Title = "Train the Trainer programme, Abingdon";
    private const string OtherCourse = "YOC training course, Banbury";
    private const string TrainTheTrainer = "train-the-trainer";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly KestrelPortal portal = fixture.Portal;
    private readonly PortalData data = fixture.Portal.Data;

    [Fact]
    public async Task A_lead_schedules_a_three_day_Train_the_Trainer_sees_accreditations_and_a_clash_before_saving_and_the_clash_is_refused()
    {
        // The first Tuesday in June next year: three days, Tuesday to Thursday.
        var june = new DateOnly(LondonTime.DateOf(data.Now).Year + 1, 6, 1);
        var firstDay = june.AddDays(((int)DayOfWeek.Tuesday - (int)june.DayOfWeek + 7) % 7);
        var days = new[] { firstDay, firstDay.AddDays(1), firstDay.AddDays(2) };
        var busyUntil = new DateOnly(firstDay.Year + 2, 3, 31);
        var freeUntil = new DateOnly(firstDay.Year + 2, 9, 30);
        var busy = await TrainerAsync("Aisha", "Okonjo", busyUntil);
        var free = await TrainerAsync("Bethan", "Llewellyn", freeUntil);
        var trainee = await TrainerAsync("Callum", "Reid", null);
        // Aisha already leads a YOC course on the Wednesday afternoon.
        await data.EventAsync(OtherCourse, 2, UkTime(days[1], new(13, 0)), UkTime(days[1], new(16, 0)), EventStatus.Published,
            (busy, TrainerRole.Lead));

        var page = await Journey.SignedInPageAsync(browser, portal, DemoProgramme.Accounts[0].Email);
        await page.GotoAsync(portal.RootUri + "/Events/Edit");
        await page.GetByLabel("Type of event").SelectOptionAsync(new SelectOptionValue { Label = "Train the Trainer programme" });
        await page.GetByLabel("Title").FillAsync(Title);
        await page.GetByLabel("Other venue: name").FillAsync("Abingdon Guildhall");
        await page.GetByLabel("Number of places").FillAsync("12");
        await EventForm.FillSessionAsync(page, 1, days[0], "09:30", "16:30");
        for (var n = 2; n <= 3; n++)
        {
            await EventForm.AddSessionAsync(page, n);
            await EventForm.FillSessionAsync(page, n, days[n - 1], "09:30", "16:30");
        }

        // Before saving: how each trainer stands for this type on these three days.
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the trainers against these sessions" }).ClickAsync();
        var lead = page.GetByLabel("Trainer 1");
        await Explain.WaitAsync(page, portal, () => lead.Locator("option", new() { HasTextString = "clashes with" }).First
            .WaitForAsync(new() { State = WaitForSelectorState.Attached }));
        await Screenshots.SaveAsync(page, "scheduling-1-trainers-checked");
        Assert.Equal([days[2].Day.ToString(), "6", $"{firstDay.Year}"], await EventForm.DateShownAsync(page, 3));
        Assert.Equal($"Aisha Okonjo – accredited for this type until {Long(busyUntil)}; clashes with {OtherCourse} "
            + $"({days[1].ToString("dddd", English)} {Long(days[1])}, 13:00 to 16:00 BST)", await OptionAsync(lead, busy));
        Assert.Equal($"Bethan Llewellyn – accredited for this type until {Long(freeUntil)}", await OptionAsync(lead, free));
        Assert.Equal("Callum Reid – trainee", await OptionAsync(lead, trainee));

        // The clashing trainer as lead is refused with the reason, and nothing is saved.
        await ChooseAsync(page, 0, busy, TrainerRole.Lead);
        await ChooseAsync(page, 1, trainee, TrainerRole.CoTrainer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save event" }).ClickAsync();
        var summary = page.Locator(".nhsuk-error-summary");
        await Explain.WaitAsync(page, portal, () => summary.WaitForAsync());
        await Screenshots.SaveAsync(page, "scheduling-2-clash-refused");
        var reasons = await summary.Locator("a").AllInnerTextsAsync();
        Assert.StartsWith($"Aisha Okonjo already delivers {OtherCourse} at an overlapping time (", Assert.Single(reasons).Trim());
        Assert.Equal(0, await data.QueryAsync(db => db.ProgrammeEvents.CountAsync(e => e.Title == Title)));
        Assert.Equal([days[2].Day.ToString(), "6", $"{firstDay.Year}"], await EventForm.DateShownAsync(page, 3));

        // An accredited lead who is free: saved, with a success banner.
        await ChooseAsync(page, 0, free, TrainerRole.Lead);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save event" }).ClickAsync();
        await Explain.WaitAsync(page, portal, () => page.WaitForURLAsync("**/Events/Manage/**"));
        await Screenshots.SaveAsync(page, "scheduling-3-saved");
        Assert.Equal("Event created as a draft.", (await page.Locator(".nhsuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.Equal(days.Select(d => $"{d.ToString("dddd", English)} {Long(d)}, 09:30 to 16:30 BST"),
            (await page.Locator(".nhsuk-summary-list__row", new() { HasTextString = "Sessions (UK time)" }).Locator("li").AllInnerTextsAsync())
            .Select(s => s.Trim()));

        var saved = await data.QueryAsync(db => db.ProgrammeEvents.Where(e => e.Title == Title)
            .Select(e => new
            {
                Sessions = e.Sessions.OrderBy(s => s.StartsAt).Select(s => new { s.StartsAt, s.EndsAt }).ToList(),
                Trainers = e.Trainers.OrderBy(t => t.Role).Select(t => new { t.PersonId, t.Role }).ToList(),
            }).SingleAsync());
        // 09:30 to 16:30 in British Summer Time is 08:30 to 15:30 UTC.
        Assert.Equal(days.Select(d => (At(d, 8, 30), At(d, 15, 30))),
            saved.Sessions.Select(s => (s.StartsAt.ToUniversalTime(), s.EndsAt.ToUniversalTime())));
        Assert.Equal([(free, TrainerRole.Lead), (trainee, TrainerRole.CoTrainer)], saved.Trainers.Select(t => (t.PersonId, t.Role)));
        Assert.Empty(portal.Errors.All);
    }

    private static string Long(DateOnly day) => day.ToString("d MMMM yyyy", English);

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    private static DateTimeOffset UkTime(DateOnly day, TimeOnly time) => LondonTime.ToInstant(day, time).Instant!.Value;

    private static async Task<string> OptionAsync(ILocator select, int personId) =>
        (await select.Locator($"option[value='{personId}']").InnerTextAsync()).Trim();

    private static async Task ChooseAsync(IPage page, int row, int personId, TrainerRole role)
    {
        await page.GetByLabel($"Trainer {row + 1}").SelectOptionAsync(personId.ToString());
        await page.Locator($"[id='Input_Trainers[{row}]_Role']").SelectOptionAsync(role.ToString());
    }

    /// <summary>A trainer who can be allocated: the Trainer role, and accredited for Train the Trainer until a date, or a trainee.</summary>
    private Task<int> TrainerAsync(string given, string family, DateOnly? accreditedUntil) => data.WithAsync(async sp =>
    {
        var db = sp.GetRequiredService<TrainingHubDbContext>();
        var now = data.Now;
        var email = $"{given}.{family}@trainers.example".ToLowerInvariant();
        var person = new Person
        {
            GivenName = given, FamilyName = family, WorkEmail = email, ProfessionalRole = ProfessionalRole.PracticeNurse, CreatedAt = now,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PortalRoles.Trainer)).Succeeded);
        db.RoleGrants.Add(new RoleGrant
        {
            PersonId = person.Id, Role = PortalRoles.Trainer, ScopeKey = RoleGrant.ScopeKeyFor(null), GrantedAt = now, GrantedByPersonId = person.Id,
        });
        if (accreditedUntil is { } until)
            db.TrainerAccreditations.Add(new TrainerAccreditation
            {
                PersonId = person.Id, AccreditationSlug = TrainTheTrainer, GrantedOn = LondonTime.DateOf(now).AddDays(-100), ValidUntil = until,
                CanAssess = false, UpdatedAt = now,
            });
        await db.SaveChangesAsync();
        return person.Id;
    });
}
