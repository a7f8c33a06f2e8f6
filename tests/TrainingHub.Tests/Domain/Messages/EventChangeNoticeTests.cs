using TrainingHub.Web.Domain.Messages;

namespace TrainingHub.Tests.Domain.Messages;

public sealed class EventChangeNoticeTests
{
    [Fact]
    public void Attendees_hear_about_sessions_venue_and_joining_link_not_capacity_or_trainers()
    {
        var summary = "Capacity changed from '20' to '24'\nVenue changed from 'Town Hall' to 'Library'\nTrainers changed from 'A' to 'B'\nSessions changed from 'x' to 'y'";
        Assert.Equal(["Venue changed from 'Town Hall' to 'Library'", "Sessions changed from 'x' to 'y'"], EventChangeNotice.WhatAttendeesNeedToKnow(summary));
        Assert.Empty(EventChangeNotice.WhatAttendeesNeedToKnow("Capacity changed from '20' to '24'"));
    }
}
