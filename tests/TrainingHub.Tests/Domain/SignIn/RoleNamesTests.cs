using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Domain.SignIn;

public sealed class RoleNamesTests
{
    [Fact]
    public void A_programme_lead_is_named_in_words() => Assert.Equal("Programme lead", PortalRoles.Name(PortalRoles.ProgrammeLead));

    [Fact]
    public void Every_role_has_a_name_of_its_own()
    {
        var names = PortalRoles.Granted.Append(PortalRoles.Attendee).Select(PortalRoles.Name).ToList();
        Assert.Equal(["Programme lead", "Trainer", "Facilitator", "Attendee"], names);
    }
}
