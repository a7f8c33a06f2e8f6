namespace TrainingHub.Web.SignIn;

/// <summary>The portal's roles. Attendee is every signed-in person and is never stored.</summary>
public static class PortalRoles
{
    public const string ProgrammeLead = nameof(ProgrammeLead);
    public const string Trainer = nameof(Trainer);
    public const string Facilitator = nameof(Facilitator);
    public const string Attendee = nameof(Attendee);

    public static readonly string[] Granted = [ProgrammeLead, Trainer, Facilitator];
}

public static class PortalPolicies
{
    public const string ProgrammeLead = nameof(ProgrammeLead);
    public const string Trainer = nameof(Trainer);
    public const string Facilitator = nameof(Facilitator);
    /// <summary>Leads, trainers and facilitators: the people who run the programme rather than attend it.</summary>
    public const string ProgrammeTeam = nameof(ProgrammeTeam);
}

public static class PortalClaims
{
    public const string PersonId = "traininghub:person";
    public const string RoleInPlace = "traininghub:role-in-place";
}
