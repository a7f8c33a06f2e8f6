using TrainingHub.Web.Domain.SignIn;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Domain.SignIn;

public sealed class RoleGrantRulesTests
{
    [Fact]
    public void A_grant_with_no_place_covers_every_place() =>
        Assert.True(RoleGrantRules.Covers([(PortalRoles.Facilitator, null)], PortalRoles.Facilitator, 7));

    [Fact]
    public void A_grant_for_one_place_covers_that_place_only()
    {
        (string, int?)[] grants = [(PortalRoles.Facilitator, 3)];
        Assert.True(RoleGrantRules.Covers(grants, PortalRoles.Facilitator, 3));
        Assert.False(RoleGrantRules.Covers(grants, PortalRoles.Facilitator, 4));
    }

    [Fact]
    public void A_grant_of_one_role_does_not_cover_another() =>
        Assert.False(RoleGrantRules.Covers([(PortalRoles.Trainer, null)], PortalRoles.Facilitator, 3));

    [Fact]
    public void Trainers_and_facilitators_may_be_scoped_to_a_place()
    {
        Assert.Null(RoleGrantRules.RefuseGrant(PortalRoles.Facilitator, 3));
        Assert.Null(RoleGrantRules.RefuseGrant(PortalRoles.Trainer, null));
    }

    [Fact]
    public void A_programme_lead_is_never_scoped_to_one_place() =>
        Assert.NotNull(RoleGrantRules.RefuseGrant(PortalRoles.ProgrammeLead, 3));

    [Theory]
    [InlineData("Attendee")]
    [InlineData("Administrator")]
    [InlineData("")]
    public void Only_the_granted_roles_can_be_given(string role) => Assert.NotNull(RoleGrantRules.RefuseGrant(role, null));

    [Fact]
    public void A_lead_cannot_remove_their_own_lead_role_but_can_remove_another_leads()
    {
        Assert.NotNull(RoleGrantRules.RefuseRevoke(PortalRoles.ProgrammeLead, personId: 5, actorPersonId: 5));
        Assert.Null(RoleGrantRules.RefuseRevoke(PortalRoles.ProgrammeLead, personId: 6, actorPersonId: 5));
        Assert.Null(RoleGrantRules.RefuseRevoke(PortalRoles.Trainer, personId: 5, actorPersonId: 5));
    }
}
