using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using TrainingHub.Tests.Pages.Trainers;

namespace TrainingHub.Tests.Pages.Events;

public sealed class EventRulesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> LeadAsync() => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
    private Task<Person> TraineeAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    /// <summary>A trainer accredited to lead YOC courses well beyond the dates these tests use.</summary>
    private async Task<Person> TrainerAsync()
    {
        var trainer = await TraineeAsync();
        await factory.AccreditAsync(trainer.Id, factory.Today().AddYears(3));
        return trainer;
    }

    private static List<KeyValuePair<string, string>> Form(string date, string start, string end, params (int PersonId, string Role)[] trainers)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.EventTypeId", "2"), new("Input.Title", "YOC training course, Oxford"), new("Input.IsOnline", "false"),
            new("Input.VenueName", "Oxford Town Hall"), new("Input.Capacity", "20"), new("Input.Sequence", "0"),
            new("Input.Sessions[0].Date", date), new("Input.Sessions[0].Start", start), new("Input.Sessions[0].End", end),
        };
        for (var i = 0; i < trainers.Length; i++)
        {
            fields.Add(new($"Input.Trainers[{i}].PersonId", trainers[i].PersonId.ToString()));
            fields.Add(new($"Input.Trainers[{i}].Role", trainers[i].Role));
        }
        return fields;
    }

    private string FutureSummerDate => $"{factory.Today().Year + 1}-07-15";

    [Fact]
    public async Task A_lead_creates_an_event_in_UK_time_and_the_change_is_recorded()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2",
            Form(FutureSummerDate, "09:30", "16:00", (trainer.Id, "Lead")), "/Events/Edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.ProgrammeEvents.Include(e => e.Sessions).Include(e => e.Trainers).Include(e => e.Changes).SingleAsync());
        Assert.Equal(EventStatus.Draft, saved.Status);
        Assert.Equal(new TimeSpan(8, 30, 0), Assert.Single(saved.Sessions).StartsAt.UtcDateTime.TimeOfDay);
        Assert.Equal(TrainerRole.Lead, Assert.Single(saved.Trainers).Role);
        Assert.Equal(lead.Id, Assert.Single(saved.Changes).ChangedById);
    }

    [Fact]
    public async Task Bad_input_shows_an_error_summary_keeps_what_was_typed_and_saves_nothing()
    {
        var lead = await LeadAsync();
        var fields = Form(FutureSummerDate, "16:00", "09:30");
        fields.RemoveAll(f => f.Key == "Input.VenueName");
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2", fields, "/Events/Edit");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains("Session 1 must end after it starts", html);
        Assert.Contains("Enter the venue name, or choose online", html);
        Assert.Contains("YOC training course, Oxford", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Theory]
    [InlineData("false", "javascript:alert(1)", "Enter the joining link as a full https://")]
    [InlineData("false", "https://meet.example.nhs.uk/1", "An event in person has no joining link")]
    [InlineData("true", "javascript:alert(1)", "Enter the joining link as a full https://")]
    [InlineData("true", "http://meet.example.nhs.uk/1", "Enter the joining link as a full https://")]
    [InlineData("true", "data:text/html,<script>alert(1)</script>", "Enter the joining link as a full https://")]
    [InlineData("true", "https://meet.example.nhs.uk/1 onclick=x", "Enter the joining link as a full https://")]
    public async Task A_joining_link_that_is_not_a_full_https_address_is_refused_on_every_kind_of_event(string online, string link, string message)
    {
        var lead = await LeadAsync();
        var fields = Form(FutureSummerDate, "09:30", "16:00");
        fields.RemoveAll(f => f.Key == "Input.IsOnline");
        fields.Add(new("Input.IsOnline", online));
        fields.Add(new("Input.JoiningLink", link));
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2", fields, "/Events/Edit");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_session_in_the_hour_the_clocks_skip_is_refused()
    {
        var lead = await LeadAsync();
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2",
            Form("2027-03-28", "01:30", "03:00"), "/Events/Edit");
        Assert.Contains("does not exist in the UK because the clocks go forward", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_trainer_cannot_be_allocated_to_sessions_that_overlap_another_delivery()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var year = factory.Today().Year + 1;
        await factory.EventAsync(EventStatus.Published, new DateTimeOffset(year, 7, 15, 8, 0, 0, TimeSpan.Zero), trainer.Id);
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2",
            Form(FutureSummerDate, "13:00", "15:00", (trainer.Id, "Lead")), "/Events/Edit");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("at an overlapping time", html);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_trainee_cannot_lead()
    {
        var lead = await LeadAsync();
        var trainee = await TraineeAsync();
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Edit?typeId=2",
            Form(FutureSummerDate, "09:30", "16:00", (trainee.Id, "Lead")), "/Events/Edit");
        Assert.Contains("not accredited to lead", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task Publishing_then_cancelling_with_a_reason_is_recorded_and_shown_in_the_catalogue_only_while_published()
    {
        var lead = await LeadAsync();
        var attendee = await factory.Data.PersonAsync();
        var draft = await factory.EventAsync(EventStatus.Draft);
        var client = factory.CreateClientFor(lead.Id);
        Assert.DoesNotContain(draft.Title, await factory.CreateClientFor(attendee.Id).GetPageAsync("/Events"));

        var publish = await client.PostFormAsync($"/Events/Manage/{draft.Id}", new { Sequence = 0 }, $"/Events/Manage/{draft.Id}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains(draft.Title, await factory.CreateClientFor(attendee.Id).GetPageAsync("/Events"));

        var noReason = await client.PostFormAsync($"/Events/Cancel/{draft.Id}", new { Sequence = 1, CancellationReason = "" });
        var refused = await PageHtml.ParseAsync(noReason);
        refused.AssertFieldInError("CancellationReason", "Enter the reason for cancelling");
        Assert.Contains("nhsuk-textarea--error", refused.GetElementById("CancellationReason")!.ClassList);
        await client.PostFormAsync($"/Events/Cancel/{draft.Id}", new { Sequence = 1, CancellationReason = "Venue closed" });

        var saved = await factory.WithDbAsync(db => db.ProgrammeEvents.Include(e => e.Changes).SingleAsync());
        Assert.Equal(EventStatus.Cancelled, saved.Status);
        Assert.Equal("Venue closed", saved.CancellationReason);
        Assert.Equal(2, saved.Sequence);
        Assert.Equal(["Published", "Cancelled: Venue closed"], saved.Changes.OrderBy(c => c.Id).Select(c => c.Summary));
        Assert.DoesNotContain(draft.Title, await factory.CreateClientFor(attendee.Id).GetPageAsync("/Events"));
    }

    [Fact]
    public async Task Cancelling_an_event_cancels_its_live_bookings_with_the_reason_and_who()
    {
        var lead = await LeadAsync();
        var e = await factory.EventAsync(EventStatus.Published);
        var booked = await factory.Data.PersonAsync();
        var waiting = await factory.Data.PersonAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Bookings.Add(Booking(e.Id, booked.Id, TrainingHub.Web.Domain.Bookings.BookingState.Booked, null));
            db.Bookings.Add(Booking(e.Id, waiting.Id, TrainingHub.Web.Domain.Bookings.BookingState.Waitlisted, 1));
            await db.SaveChangesAsync();
        });

        var client = factory.CreateClientFor(lead.Id);
        var manage = PageHtml.Parse(await client.GetPageAsync($"/Events/Manage/{e.Id}"));
        Assert.Empty(manage.QuerySelectorAll("form[action*='Cancel']"));
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/Events/Cancel/{e.Id}"));
        Assert.Equal("Cancel this event?", confirm.TextOf("h1"));
        Assert.Equal("The 1 place booked or offered is cancelled, and the 1 person waiting leaves the waiting list.",
            confirm.TextOf("#what-happens li").Trim());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Bookings.CountAsync(b => b.State != TrainingHub.Web.Domain.Bookings.BookingState.Cancelled)));

        var response = await client.PostFormAsync($"/Events/Cancel/{e.Id}",
            new { Sequence = 0, CancellationReason = "Venue closed" });

        Assert.Equal($"/Events/Manage/{e.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Event cancelled: 2 bookings cancelled with it, and each person is emailed.",
            PageHtml.Parse(await client.GetPageAsync(response.Headers.Location.OriginalString)).TextOf(".nhsuk-notification-banner__heading"));

        var bookings = await factory.WithDbAsync(db => db.Bookings.Include(b => b.Transitions).ToListAsync());
        Assert.Equal(2, bookings.Count);
        Assert.All(bookings, b =>
        {
            Assert.Equal(TrainingHub.Web.Domain.Bookings.BookingState.Cancelled, b.State);
            Assert.Equal((lead.Id, "The event was cancelled: Venue closed"), (b.CancelledById!.Value, b.CancellationReason));
            Assert.Null(b.WaitingPosition);
            Assert.Equal(lead.Id, Assert.Single(b.Transitions, t => t.To == TrainingHub.Web.Domain.Bookings.BookingState.Cancelled).ById);
        });
    }

    private TrainingHub.Web.Data.Entities.Bookings.Booking Booking(int eventId, int personId,
        TrainingHub.Web.Domain.Bookings.BookingState state, int? position) =>
        TestBookings.In(state, eventId, personId, factory.Now(), waitingPosition: position ?? 1);

    [Fact]
    public async Task Acting_on_a_stale_version_changes_nothing()
    {
        var lead = await LeadAsync();
        var draft = await factory.EventAsync(EventStatus.Draft);
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Events/Manage/{draft.Id}", new { Sequence = 7 }, $"/Events/Manage/{draft.Id}?handler=Publish");
        Assert.Contains("Someone else changed this event", await response.Content.ReadAsStringAsync());
        Assert.Equal(EventStatus.Draft, await factory.WithDbAsync(db => db.ProgrammeEvents.Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Duplicating_makes_a_new_draft_with_the_same_details_and_no_dates()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var source = await factory.EventAsync(EventStatus.Published, trainerId: trainer.Id);
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Events/Manage/{source.Id}", new { }, $"/Events/Manage/{source.Id}?handler=Duplicate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await factory.WithDbAsync(db => db.ProgrammeEvents.Include(e => e.Sessions).Include(e => e.Trainers).SingleAsync(e => e.Id != source.Id));
        Assert.Equal((EventStatus.Draft, source.Title, 0), (copy.Status, copy.Title, copy.Sessions.Count));
        Assert.Equal(trainer.Id, Assert.Single(copy.Trainers).PersonId);
    }

    [Fact]
    public async Task The_feed_shows_a_trainers_deliveries_only_through_their_own_token()
    {
        var trainer = await TrainerAsync();
        var other = await TrainerAsync();
        var delivery = await factory.EventAsync(EventStatus.Published, trainerId: trainer.Id);
        await factory.EventAsync(EventStatus.Published, trainerId: other.Id);
        await factory.CreateClientFor(trainer.Id).PostFormAsync("/Calendar", new { });
        var token = await factory.WithDbAsync(db => db.CalendarFeeds.Where(f => f.PersonId == trainer.Id).Select(f => f.Token).SingleAsync());
        var feed = await factory.CreateAnonymousClient().GetStringAsync($"/Calendar/Feed/{token}");
        Assert.Contains($"UID:traininghub-event-{delivery.Id}-session-", feed);
        Assert.Single(feed.Split("BEGIN:VEVENT")[1..]);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync($"/Calendar/Feed/{token}x")).StatusCode);
    }
}
