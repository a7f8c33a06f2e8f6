using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>Keeps every warning and error the portal logs, so a journey can show the server's side of a failure and assert there was none.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> entries = new();

    public IReadOnlyCollection<string> All => entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Text).ToArray();

    /// <summary>Warnings too (a refused antiforgery token, a rate limit): what to show when a journey goes wrong.</summary>
    public IReadOnlyCollection<string> AllWithWarnings => entries.Select(e => $"{e.Level}: {e.Text}").ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue((logLevel, $"{category}: {formatter(state, exception)} {exception}"));
        }
    }
}
