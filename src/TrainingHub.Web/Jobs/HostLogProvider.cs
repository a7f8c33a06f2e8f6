using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace TrainingHub.Web.Jobs;

/// <summary>
/// Hangfire's logs go to the host's logging. Hangfire keeps one log provider for the whole process, so where several
/// hosts share a process (the tests) the last one set may belong to a host already stopped: its loggers are then
/// silent rather than failing the host that asked.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider host = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Log;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Log = new();

        bool ILog.Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception) => false;
    }
}
