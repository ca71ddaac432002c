using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vigil.AspNetCore.Tests.Support;

/// <summary>One structured log entry: tests assert on event ids and named values, not on message text.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, IReadOnlyDictionary<string, object?> State, Exception? Exception);

public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public IEnumerable<LogEntry> WithEventId(int id) => Entries.Where(e => e.EventId.Id == id && e.Category.StartsWith("Vigil", StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            owner.Entries.Enqueue(new LogEntry(category, logLevel, eventId, values, exception));
        }
    }
}
