using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>Everyone signed in reads self-assessments (the pages filter what); leads start, edit, submit and compare them.</summary>
public sealed class SelfAssessmentFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages)
    {
        pages.AuthorizePage("/SelfAssessment/Create", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/SelfAssessment/Edit", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/SelfAssessment/Submit", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/SelfAssessment/Across", PortalPolicies.ProgrammeLead);
        pages.AddFolderApplicationModelConvention("/SelfAssessment",
            m => m.Filters.Add(new ServiceFilterAttribute(typeof(MaturityMatrixProblemFilter))));
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => MaturityMatrixSource.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<MaturityMatrixProblemFilter>();
        services.AddScoped<SelfAssessmentService>();
    }
}
