using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Events;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class CohortTests : IDisposable
{
    private const int FacilitatorCourseTypeId = 7;
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_lead_makes_a_course_completer_a_facilitator_for_the_course_place()
    {
        var (course, completer, _) = await CourseWithCompleterAsync();
        var lead = await factory.Data.LeadAsync();
        var client = factory.CreateClientFor(lead.Id);

        Assert.Contains(completer.FullName, WebUtility.HtmlDecode(await client.GetPageAsync("/Facilitation/Cohorts")));
        var response = await client.PostFormAsync("/Facilitation/Cohorts", new Dictionary<string, string>
        {
            ["personId"] = completer.Id.ToString(), ["eventId"] = course.Id.ToString(), ["forPlaceOnly"] = "true",
        }, "/Facilitation/Cohorts?handler=Make");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var grant = await factory.WithDbAsync(db => db.RoleGrants.SingleAsync(g => g.PersonId == completer.Id));
        Assert.Equal((PortalRoles.Facilitator, course.PlaceId, lead.Id), (grant.Role, grant.PlaceId, grant.GrantedByPersonId));
        var caseloads = WebUtility.HtmlDecode(await client.GetPageAsync("/Facilitation/Caseloads"));
        Assert.Contains(completer.FullName, caseloads);
    }

    [Fact]
    public async Task Someone_who_did_not_complete_the_course_is_refused_and_gains_no_role()
    {
        var (course, _, noShow) = await CourseWithCompleterAsync();
        var client = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Facilitation/Cohorts", new Dictionary<string, string>
        {
            ["personId"] = noShow.Id.ToString(), ["eventId"] = course.Id.ToString(), ["forPlaceOnly"] = "false",
        }, "/Facilitation/Cohorts?handler=Make");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only people who completed this facilitator course", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.RoleGrants.AnyAsync(g => g.PersonId == noShow.Id)));
        Assert.DoesNotContain(noShow.FullName, WebUtility.HtmlDecode(await client.GetPageAsync("/Facilitation/Cohorts")));
    }

    private async Task<(Web.Data.Entities.Events.ProgrammeEvent Course, Web.Data.Entities.Person Completer, Web.Data.Entities.Person NoShow)> CourseWithCompleterAsync()
    {
        var place = await factory.Data.PlaceAsync();
        var course = await factory.EventAsync(startsAt: factory.Now().AddDays(-10));
        var completer = await factory.Data.PersonAsync(null, Web.Domain.People.ProfessionalRole.PracticeNurse);
        var noShow = await factory.Data.PersonAsync(null, Web.Domain.People.ProfessionalRole.PracticeNurse);
        await factory.WithDbAsync(async db =>
        {
            var e = await db.ProgrammeEvents.SingleAsync(x => x.Id == course.Id);
            e.EventTypeId = FacilitatorCourseTypeId;
            e.PlaceId = place.Id;
            e.Status = Web.Domain.Events.EventStatus.Completed;
            db.Bookings.Add(Booking(course.Id, completer.Id, BookingState.Attended));
            db.Bookings.Add(Booking(course.Id, noShow.Id, BookingState.NoShow));
            await db.SaveChangesAsync();
        });
        course.PlaceId = place.Id;
        return (course, completer, noShow);
    }

    private Booking Booking(int eventId, int personId, BookingState state) =>
        TestBookings.In(state, eventId, personId, factory.Now());
}
