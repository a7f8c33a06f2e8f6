namespace TrainingHub.Web.Pages.People;

/// <summary>
/// People and where they work. The /People folder is leads' (a lead covers every place, so edits anyone); a person
/// corrects their own practice and job role on /Account/Practice, which always means the signed-in person.
/// </summary>
public static class PeopleSetup
{
    public static void AddTrainingHubPeople(IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<PracticeMemberships>();
        services.AddScoped<WorkplaceChoice>();
        services.AddScoped<PracticeHistory>();
        services.AddScoped<StaffListUpload>();
    }
}
