using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Data.Configurations;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Kind).HasMaxLength(60);
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Occurrence).HasMaxLength(60);
        b.Property(x => x.RenderedSubject).HasMaxLength(300);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.Property(x => x.SmtpReply).HasMaxLength(Notification.SmtpReplyLength);
        b.HasIndex(x => new { x.Kind, x.Subject, x.RecipientPersonId, x.Occurrence }).IsUnique();
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => x.CreatedAt);
        b.HasOne(x => x.Recipient).WithMany().HasForeignKey(x => x.RecipientPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MessagePreferenceConfiguration : IEntityTypeConfiguration<MessagePreference>
{
    public void Configure(EntityTypeBuilder<MessagePreference> b)
    {
        b.HasKey(x => x.PersonId);
        b.HasOne(x => x.Person).WithOne().HasForeignKey<MessagePreference>(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
