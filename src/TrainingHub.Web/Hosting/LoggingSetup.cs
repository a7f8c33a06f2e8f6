namespace TrainingHub.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>Structured JSON logs outside Development, readable text in Development.</summary>
    public static void AddTrainingHubLogging(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment()) return;
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.UseUtcTimestamp = true;
        });
    }
}
