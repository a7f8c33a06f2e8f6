using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Data.Configurations;

public class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> b)
    {
        // One response per attendee per event, decided by the database whatever the timing.
        b.HasIndex(x => x.BookingId).IsUnique();
        b.HasIndex(x => x.ProgrammeEventId);
        b.Property(x => x.MostUseful).HasMaxLength(2000);
        b.Property(x => x.ToImprove).HasMaxLength(2000);
        b.Property(x => x.OtherNeed).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Booking).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProgrammeEvent).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class EventTypeFeedbackSettingsConfiguration : IEntityTypeConfiguration<EventTypeFeedbackSettings>
{
    public void Configure(EntityTypeBuilder<EventTypeFeedbackSettings> b)
    {
        b.HasKey(x => x.EventTypeId);
        b.Ignore(x => x.Questions);
        b.HasOne(x => x.EventType).WithOne().HasForeignKey<EventTypeFeedbackSettings>(x => x.EventTypeId).OnDelete(DeleteBehavior.Cascade);
        b.HasData(EventTypeSeeds.All.Select(t => From(t.Id, QuestionSet.DefaultFor(t.Slug))));
    }

    public static EventTypeFeedbackSettings From(int eventTypeId, QuestionSet q) => new()
    {
        EventTypeId = eventTypeId, AskUnderstanding = q.AskUnderstanding, AskConfidence = q.AskConfidence,
        AskTrainingNeeds = q.AskTrainingNeeds, Anonymous = q.Anonymous,
    };
}
