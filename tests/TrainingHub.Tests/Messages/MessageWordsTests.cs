using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Trainers;

namespace TrainingHub.Tests.Messages;

public sealed class MessageWordsTests
{
    [Fact]
    public void Every_kind_the_portal_sends_is_named_in_words_on_the_outbox_page()
    {
        var kinds = MessageKinds.All.Select(k => k.Name)
            .Concat([TrainerReminders.ExpiringToTrainer, TrainerReminders.ExpiringToLead, TrainerReminders.QaNeeded, WeeklyDigest.Kind]).ToList();

        Assert.Equal(19, kinds.Distinct().Count());
        Assert.All(kinds, kind => Assert.True(MessageWords.Knows(kind), $"{kind} has no words on the outbox page"));
        Assert.Equal("Place confirmed", MessageWords.Kind(MessageKinds.BookingConfirmed));
        Assert.Equal("Something new", MessageWords.Kind("something-new"));
    }

    [Fact]
    public void A_message_not_sent_says_why_and_one_sent_says_nothing_more()
    {
        Assert.StartsWith("By the time it was due it no longer applied", MessageWords.Why(NotificationStatus.Dropped, null));
        Assert.Equal("The person opted out of non-essential messages.",
            MessageWords.Why(NotificationStatus.Dropped, "The person opted out of non-essential messages."));
        Assert.Null(MessageWords.Why(NotificationStatus.Sent, null));
        Assert.Equal("Perhaps delivered: check with the person before resending", MessageWords.Status(NotificationStatus.DeliveryUnknown));
    }
}
