using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TrainingHub.Web.Hosting;

/// <summary>
/// One feature folder under Pages/: who may open its pages and the services only its pages use, declared in the folder
/// beside the pages (a class named for the feature), not in a central list. Found by scanning at start-up.
/// </summary>
public interface IPagesFeature
{
    /// <summary>The folder's access, as Razor Pages conventions: folders belong to roles, and a page anyone may see says so with [AllowAnonymous].</summary>
    void Authorize(PageConventionCollection pages);

    void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Every feature in the portal, in a fixed order (by name) so start-up does the same thing every time.</summary>
    static IReadOnlyList<IPagesFeature> All { get; } = typeof(IPagesFeature).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPagesFeature).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IPagesFeature)Activator.CreateInstance(t)!)
        .ToList();
}
