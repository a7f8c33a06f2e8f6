using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>Keeps every error the portal logs, so a journey can show the server's side of a failure and assert there was none.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyCollection<string> All => errors.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, errors);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
