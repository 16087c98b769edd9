using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.Tests;

/// <summary>Keeps every formatted log line, to assert on warnings and on what is never logged.</summary>
internal sealed class TestLogger : ILogger, ILoggerProvider, ILoggerFactory
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
