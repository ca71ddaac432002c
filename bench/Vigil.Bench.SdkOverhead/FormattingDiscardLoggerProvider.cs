using Microsoft.Extensions.Logging;

namespace Vigil.Bench.SdkOverhead;

/// <summary>
/// Enabled for HttpLogging only, formats every message (so HttpLogging does all of its real work, including the
/// string building a real sink would need) and throws the text away, so no I/O is measured.
/// </summary>
internal sealed class FormattingDiscardLoggerProvider : ILoggerProvider
{
    public const string HttpLoggingCategory = "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware";

    private long _formattedChars;

    public long FormattedChars => Interlocked.Read(ref _formattedChars);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName == HttpLoggingCategory);

    public void Dispose()
    {
    }

    private sealed class Logger(FormattingDiscardLoggerProvider owner, bool enabled) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => enabled && logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Interlocked.Add(ref owner._formattedChars, formatter(state, exception).Length);
            }
        }
    }
}
