using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Preferences;

/// <summary>A person's own message preferences: anyone signed in.</summary>
public sealed class PreferencesFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Preferences");
}
