namespace TrainingHub.Web.SignIn;

/// <summary>The portal's roles. Attendee is every signed-in person and is never stored.</summary>
public static class PortalRoles
{
    public const string ProgrammeLead = nameof(ProgrammeLead);
    public const string Trainer = nameof(Trainer);
    public const string Facilitator = nameof(Facilitator);
    public const string Attendee = nameof(Attendee);

    public static readonly string[] Granted = [ProgrammeLead, Trainer, Facilitator];

    /// <summary>A role as people read it on a page, in an email or an export: never the code it is stored as.</summary>
    public static string Name(string role) => role switch
    {
        ProgrammeLead => "Programme lead",
        Trainer => "Trainer",
        Facilitator => "Facilitator",
        Attendee => "Attendee",
        _ => "Unknown role",
    };
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
