using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Facilitation;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Coverage;

/// <summary>
/// A small programme with known answers. Reading (place A, with one PCN) and Oxford (place B):
/// <list type="bullet">
/// <item>A1 (PCN): a GP completed a YOC course — trained.</item>
/// <item>A2 (PCN): a healthcare assistant completed the same course — engaged, not trained; a GP who trained in B1 has since moved here.</item>
/// <item>A3: a GP's booking on a cancelled course — neither.</item>
/// <item>A4: a GP trained in March 2025, practice closed 1 June 2026 — left out now, counted before it closed.</item>
/// <item>A5: its practice manager completed a whole-practice team workshop — trained.</item>
/// <item>B1: the GP who later moved to A2 completed a YOC course here — trained.</item>
/// <item>B2: a nurse completed an engagement session, which does not count — engaged, not trained.</item>
/// <item>B3 (named like a formula, for the exports): nobody — neither. B4 dormant — left out.</item>
/// </list>
/// Now: ICS 7 active, 5 engaged, 3 trained, 3 clinicians; Reading 4/3/2/2 (clinicians: A1's GP and A2's HCA);
/// the PCN 2/2/1/2; Oxford 3/2/1/1.
/// The March 2025 Reading course has three responses, two agreeing they understand better (67%, 2 of 3). A 2025 Train
/// the Trainer in Oxford (no practices) and three accreditations make the trainer pool below.
/// </summary>
public sealed class CoverageWorld : IAsyncLifetime
{
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public static readonly DateOnly ClosedOn = new(2026, 6, 1);

    /// <summary>
    /// The world's now, a Wednesday mid-morning in November (GMT): after A4 closed and B1's review fell due, before A1's.
    /// </summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 11, 10, 30, 0, TimeSpan.Zero);

    public PortalFactory Factory { get; } = new PortalFactory().OnTestClock(new FakeTimeProvider(Now));
    public Place Reading { get; private set; } = null!;
    public Place Oxford { get; private set; } = null!;
    public int NetworkId { get; private set; }
    public Dictionary<string, Practice> Practices { get; } = [];
    public Person Lead { get; private set; } = null!;
    public Person Facilitator { get; private set; } = null!;
    public Person Attendee { get; private set; } = null!;
    public Person Trainer { get; private set; } = null!;
    public ProgrammeEvent ShortOfBookings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Reading = await Factory.Data.PlaceAsync(name: "Reading");
        Oxford = await Factory.Data.PlaceAsync(name: "Oxford");
        NetworkId = await Factory.WithDbAsync(async db =>
        {
            var network = new PrimaryCareNetwork { PlaceId = Reading.Id, Name = "Reading Central PCN" };
            db.PrimaryCareNetworks.Add(network);
            await db.SaveChangesAsync();
            return network.Id;
        });
        foreach (var name in new[] { "A1", "A2", "A3", "A4", "A5" }) Practices[name] = await Factory.Data.PracticeAsync(Reading.Id, name: $"Practice {name}");
        foreach (var name in new[] { "B1", "B2", "B4" }) Practices[name] = await Factory.Data.PracticeAsync(Oxford.Id, name: $"Practice {name}");
        Practices["B3"] = await Factory.Data.PracticeAsync(Oxford.Id, name: FormulaName);
        await Factory.WithDbAsync(async db =>
        {
            foreach (var p in new[] { "A1", "A2" }) (await db.Practices.FindAsync(Practices[p].Id))!.PrimaryCareNetworkId = NetworkId;
            // As files since 2024 list them: two Reading practices under one ICB, an Oxford one under another.
            foreach (var p in new[] { "A1", "A2" }) (await db.Practices.FindAsync(Practices[p].Id))!.IcbCode = "QU9";
            (await db.Practices.FindAsync(Practices["B1"].Id))!.IcbCode = "QSL";
            var a4 = (await db.Practices.FindAsync(Practices["A4"].Id))!;
            a4.Status = PracticeStatus.Closed;
            a4.ClosedOn = ClosedOn;
            (await db.Practices.FindAsync(Practices["B4"].Id))!.Status = PracticeStatus.Dormant;
            await db.SaveChangesAsync();
        });

        Lead = await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        Facilitator = await Factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Facilitator);
        Trainer = await Factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        Attendee = await Factory.Data.PersonAsync(Practices["A1"].Id, ProfessionalRole.GeneralPractitioner);
        var hca = await Factory.Data.PersonAsync(Practices["A2"].Id, ProfessionalRole.HealthcareAssistant);
        var a3Gp = await Factory.Data.PersonAsync(Practices["A3"].Id, ProfessionalRole.GeneralPractitioner);
        var a4Gp = await Factory.Data.PersonAsync(Practices["A4"].Id, ProfessionalRole.GeneralPractitioner);
        var manager = await Factory.Data.PersonAsync(Practices["A5"].Id, ProfessionalRole.PracticeManager);
        var mover = await Factory.Data.PersonAsync(Practices["A2"].Id, ProfessionalRole.GeneralPractitioner);
        var b2Nurse = await Factory.Data.PersonAsync(Practices["B2"].Id, ProfessionalRole.PracticeNurse);

        var yocReading = await EventAsync(2, "YOC course, Reading", Reading.Id, new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero), EventStatus.Completed);
        await AttendedAsync(yocReading, Attendee, "A1", ProfessionalRole.GeneralPractitioner);
        await AttendedAsync(yocReading, hca, "A2", ProfessionalRole.HealthcareAssistant);
        await AttendedAsync(yocReading, a4Gp, "A4", ProfessionalRole.GeneralPractitioner);
        var workshop = await EventAsync(4, "Whole practice workshop, A5", Reading.Id, new DateTimeOffset(2026, 2, 5, 13, 0, 0, TimeSpan.Zero), EventStatus.Completed);
        await AttendedAsync(workshop, manager, "A5", ProfessionalRole.PracticeManager);
        var yocOxford = await EventAsync(2, "YOC course, Oxford", Oxford.Id, new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero), EventStatus.Completed);
        await AttendedAsync(yocOxford, mover, "B1", ProfessionalRole.GeneralPractitioner);
        var engagement = await EventAsync(1, "Engagement session, Oxford", Oxford.Id, new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.Zero), EventStatus.Completed);
        await AttendedAsync(engagement, b2Nurse, "B2", ProfessionalRole.PracticeNurse);
        var cancelled = await EventAsync(2, "YOC course, cancelled", Reading.Id, new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero), EventStatus.Cancelled);
        await BookingAsync(cancelled, a3Gp, "A3", ProfessionalRole.GeneralPractitioner, BookingState.Cancelled, null);

        ShortOfBookings = await EventAsync(2, "YOC course, next week", Oxford.Id, Now.AddDays(10), EventStatus.Published);
        await BookingAsync(ShortOfBookings, b2Nurse, "B2", ProfessionalRole.PracticeNurse, BookingState.Booked, null);

        await FeedbackAsync(yocReading, Agreement.StronglyAgree, Agreement.Agree, Agreement.Disagree);
        await TrainerPoolAsync();

        await ReviewAsync("A1", FidelityRating.Fully, new DateOnly(2027, 6, 1));
        await ReviewAsync("B1", FidelityRating.NotInPlace, new DateOnly(2026, 9, 1));
    }

    /// <summary>One response per completed booking on the event, in booking order, with these understanding answers.</summary>
    private Task FeedbackAsync(ProgrammeEvent e, params Agreement[] understanding) => Factory.WithDbAsync(async db =>
    {
        var bookings = await db.Bookings.Where(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Attended).OrderBy(b => b.Id).ToListAsync();
        foreach (var (booking, answer) in bookings.Zip(understanding))
            db.FeedbackResponses.Add(new FeedbackResponse
            {
                BookingId = booking.Id, ProgrammeEventId = e.Id, OverallRating = 4, BetterUnderstanding = answer,
                SubmittedAt = e.EndsAt!.Value, UpdatedAt = e.EndsAt.Value, Version = 1,
            });
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// The Trainer (current, completed ToT), a trainee (completed ToT, accreditation expired yesterday) and a veteran
    /// (expires in 30 days): 2 accredited, 1 expiring within 90 days, 1 in the pipeline.
    /// </summary>
    private async Task TrainerPoolAsync()
    {
        var trainee = await Factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var veteran = await Factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var tot = await EventAsync(6, "Train the Trainer, Oxford", Oxford.Id, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), EventStatus.Completed);
        await AttendedAsync(tot, Trainer, null, ProfessionalRole.OtherClinical);
        await AttendedAsync(tot, trainee, null, ProfessionalRole.OtherClinical);
        var today = LondonTime.DateOf(Now);
        await Factory.WithDbAsync(async db =>
        {
            db.TrainerAccreditations.AddRange(
                Accreditation(Trainer.Id, today.AddDays(-100), today.AddDays(400)),
                Accreditation(trainee.Id, today.AddDays(-800), today.AddDays(-1)),
                Accreditation(veteran.Id, today.AddDays(-700), today.AddDays(30)));
            await db.SaveChangesAsync();
        });
    }

    private static TrainerAccreditation Accreditation(int personId, DateOnly grantedOn, DateOnly validUntil) => new()
    {
        PersonId = personId, AccreditationSlug = "yoc-training-course", GrantedOn = grantedOn, ValidUntil = validUntil, UpdatedAt = Now,
    };

    private Task<ProgrammeEvent> EventAsync(int typeId, string title, int placeId, DateTimeOffset startsAt, EventStatus status) =>
        Factory.WithDbAsync(async db =>
        {
            var e = new ProgrammeEvent
            {
                EventTypeId = typeId, Title = title, PlaceId = placeId, VenueName = "Town Hall", Capacity = 20, Status = status,
                CreatedAt = startsAt.AddDays(-60), UpdatedAt = startsAt,
                Sessions = [new EventSession { StartsAt = startsAt, EndsAt = startsAt.AddHours(6) }],
            };
            e.RecalculateDates();
            db.ProgrammeEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    private Task AttendedAsync(ProgrammeEvent e, Person person, string? practice, ProfessionalRole role) =>
        BookingAsync(e, person, practice, role, BookingState.Attended, e.EndsAt);

    private Task BookingAsync(ProgrammeEvent e, Person person, string? practice, ProfessionalRole role, BookingState state, DateTimeOffset? completedAt) =>
        Factory.WithDbAsync(async db =>
        {
            db.Bookings.Add(TestBookings.In(state, e.Id, person.Id, e.CreatedAt, practice is null ? null : Practices[practice].Id, role,
                movedAt: completedAt ?? e.CreatedAt, completedAt: completedAt));
            await db.SaveChangesAsync();
        });

    private Task ReviewAsync(string practice, FidelityRating rating, DateOnly nextDue) =>
        Factory.RatedReviewAsync(Facilitator.Id, Practices[practice].Id, rating, new DateOnly(2026, 3, 1), nextDue);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
