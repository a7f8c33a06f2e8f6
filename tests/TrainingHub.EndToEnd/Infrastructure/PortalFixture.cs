namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>One portal on Kestrel with the demo programme, shared by a test class (seeding it takes seconds).</summary>
public sealed class PortalFixture : IDisposable
{
    public KestrelPortal Portal { get; } = new();

    public void Dispose() => Portal.Dispose();
}
