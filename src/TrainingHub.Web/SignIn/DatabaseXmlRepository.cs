using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.SignIn;

namespace TrainingHub.Web.SignIn;

/// <summary>
/// Keeps the data-protection keys (which protect sign-in cookies, antiforgery and account tokens) in the portal's
/// database, so several web nodes, and a restarted node, read each other's cookies.
/// Singleton: a scope per call gives it a fresh DbContext.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

public static class DataProtectionSetup
{
    public static IServiceCollection AddTrainingHubDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("TrainingHub");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));
        return services;
    }
}
