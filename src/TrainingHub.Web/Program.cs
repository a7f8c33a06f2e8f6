using TrainingHub.Web.Commands;
using TrainingHub.Web.Content;
using TrainingHub.Web.Data;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Jobs;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

var command = PortalCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
var dataDirectory = DataDirectory.From(builder.Configuration, builder.Environment);

builder.Services.AddSingleton(dataDirectory);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddTrainingHubLogging();
builder.Services.AddTrainingHubData(builder.Configuration, builder.Environment, dataDirectory);
builder.Services.AddTrainingHubSignIn(builder.Configuration, builder.Environment, servesPages: command.Name is null);
builder.Services.AddTrainingHubJobs(builder.Configuration);
builder.Services.AddTrainingHubMail(builder.Configuration, dataDirectory);
builder.Services.AddTrainingHubContent();
builder.Services.AddTrainingHubPages();
builder.Services.AddTrainingHubHealth();

var app = builder.Build();

if (command.Name is not null)
    return await command.RunAsync(app);

await app.PrepareDatabaseAsync();
app.UseTrainingHubPipeline();
await app.RunAsync();
return 0;

public partial class Program;
