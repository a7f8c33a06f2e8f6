using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Data.Configurations;

public class EventTypeConfiguration : IEntityTypeConfiguration<EventType>
{
    public void Configure(EntityTypeBuilder<EventType> b)
    {
        b.Property(x => x.Slug).HasMaxLength(60);
        b.HasIndex(x => x.Slug).IsUnique();
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.RequiredAccreditation).HasMaxLength(60);
        b.Ignore(x => x.ContentPath);
        b.Ignore(x => x.Questions);
        b.HasData(EventTypeSeeds.All);
    }
}

/// <summary>The kinds of event the Thames Valley programme ran; leads edit the defaults afterwards.</summary>
public static class EventTypeSeeds
{
    private const string YocTrainer = "yoc-training-course";

    public static readonly EventType[] All =
    [
        Type(1, "engagement-session", "YOC engagement (taster) session", EventAudience.Clinicians, 1, 13, 16, 40, YocTrainer, false),
        Type(2, "yoc-training-course", "YOC training course", EventAudience.Clinicians, 1, 9, 16, 24, YocTrainer, true),
        Type(3, "shortened-yoc-course", "Shortened YOC course for staff new to PCSP practices", EventAudience.Clinicians, 1, 9, 13, 20, YocTrainer, true),
        Type(4, "whole-practice-team-workshop", "Whole practice team workshop", EventAudience.WholePracticeTeam, 1, 13, 16, 30, YocTrainer, true),
        Type(5, "moving-on-workshop", "Moving On workshop: multiple long-term conditions", EventAudience.Clinicians, 1, 9, 16, 30, YocTrainer, false),
        Type(6, "train-the-trainer", "Train the Trainer programme", EventAudience.Trainers, 3, 9, 17, 12, "train-the-trainer", false),
        Type(7, "facilitator-course", "Facilitator course", EventAudience.Facilitators, 2, 9, 17, 12, "facilitator-course", false),
        Type(8, "trainer-meeting", "Trainer meeting", EventAudience.Trainers, 1, 10, 12, 30, null, false),
        Type(9, "facilitator-meeting", "Facilitator meeting", EventAudience.Facilitators, 1, 10, 12, 30, null, false),
        Type(10, "topic-low-mood", "Topic session: low mood and psychological issues", EventAudience.Clinicians, 1, 13, 16, 30, YocTrainer, false),
        Type(11, "topic-dementia", "Topic session: dementia", EventAudience.Clinicians, 1, 13, 16, 30, YocTrainer, false),
        Type(12, "topic-msk", "Topic session: musculoskeletal (MSK) conditions", EventAudience.Clinicians, 1, 13, 16, 30, YocTrainer, false),
        Type(13, "topic-multiple-ltcs", "Topic session: multiple long-term conditions", EventAudience.Clinicians, 1, 13, 16, 30, YocTrainer, false),
        Type(14, "topic-conversation-skills", "Topic session: conversation skills", EventAudience.Clinicians, 1, 13, 16, 30, YocTrainer, false),
    ];

    private static EventType Type(int id, string slug, string name, EventAudience audience, int days, int startHour, int endHour,
        int capacity, string? accreditation, bool countsTowardsTrained) => new()
        {
            Id = id, Slug = slug, Name = name, Audience = audience, DefaultDays = days,
            DefaultStartTime = new TimeOnly(startHour, startHour == 13 ? 30 : 0), DefaultEndTime = new TimeOnly(endHour, endHour == 16 ? 30 : 0),
            DefaultCapacity = capacity, RequiredAccreditation = accreditation, CountsTowardsPracticeTrained = countsTowardsTrained,
        };
}

public class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvent> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.VenueName).HasMaxLength(200);
        b.Property(x => x.VenueAddress).HasMaxLength(500);
        b.Property(x => x.AccessibilityNotes).HasMaxLength(1000);
        b.Property(x => x.JoiningLink).HasMaxLength(500);
        b.Property(x => x.CancellationReason).HasMaxLength(500);
        b.Property(x => x.Sequence).IsConcurrencyToken();
        // The catalogue and the schedule filter by status and date, then by type and place.
        b.HasIndex(x => new { x.Status, x.StartsAt });
        b.HasIndex(x => new { x.EventTypeId, x.StartsAt });
        b.HasIndex(x => new { x.PlaceId, x.StartsAt });
        b.HasOne(x => x.EventType).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Place).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Venue).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sessions).WithOne(x => x.ProgrammeEvent).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Trainers).WithOne(x => x.ProgrammeEvent).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Changes).WithOne().HasForeignKey(x => x.ProgrammeEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> b)
    {
        b.HasIndex(x => new { x.ProgrammeEventId, x.StartsAt });
        b.HasIndex(x => new { x.StartsAt, x.EndsAt });
    }
}

public class EventTrainerConfiguration : IEntityTypeConfiguration<EventTrainer>
{
    public void Configure(EntityTypeBuilder<EventTrainer> b)
    {
        b.HasIndex(x => new { x.ProgrammeEventId, x.PersonId }).IsUnique();
        // A trainer's deliveries: the overlap check and their calendar feed.
        b.HasIndex(x => x.PersonId);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class EventChangeConfiguration : IEntityTypeConfiguration<EventChange>
{
    public void Configure(EntityTypeBuilder<EventChange> b)
    {
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => new { x.ProgrammeEventId, x.ChangedAt });
        b.HasOne(x => x.ChangedBy).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasKey(x => x.PersonId);
        b.Property(x => x.PersonId).ValueGeneratedNever();
        b.Property(x => x.Token).HasMaxLength(64);
        b.HasIndex(x => x.Token).IsUnique();
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
