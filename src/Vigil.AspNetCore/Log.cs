using Microsoft.Extensions.Logging;

namespace Vigil.AspNetCore;

/// <summary>
/// Every message the SDK logs. Event ids are stable (dashboards and alerts key on them): never renumber, never reuse.
/// 1-9 start-up, 10-19 request path, 20-29 shipping.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Vigil capture is OFF because the configuration is invalid: {Problems}. Fix the 'Vigil' configuration section or the AddVigil(...) callback; the application runs normally without capture.")]
    public static partial void ConfigurationInvalid(ILogger logger, string problems);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Vigil capture is off: Vigil:Endpoint is not set.")]
    public static partial void EndpointNotSet(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Vigil capture is off: Vigil:Enabled is false.")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information,
        Message = "Vigil capture is on: shipping to {IngestUri} as service '{ServiceName}'.")]
    public static partial void CaptureOn(ILogger logger, Uri ingestUri, string serviceName);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "UseVigil() was called but AddVigil() was not, so capture is off. Call builder.Services.AddVigil(...) before building the app.")]
    public static partial void AddVigilMissing(ILogger logger);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning,
        Message = "Vigil had an internal error while {Stage}; the application was not affected ({Suppressed} similar errors were not logged).")]
    public static partial void InternalError(ILogger logger, string stage, long suppressed, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "Vigil dropped an event because masking it failed; events are never shipped unmasked ({Suppressed} similar failures were not logged).")]
    public static partial void MaskingFailed(ILogger logger, long suppressed, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning,
        Message = "Vigil dropped {Count} events since the last report because its queue was full (QueueCapacity {Capacity}, MaxQueueBytes {MaxBytes}). Raise them, or check that the collector keeps up.")]
    public static partial void EventsDropped(ILogger logger, long count, int capacity, long maxBytes);

    [LoggerMessage(EventId = 20, Level = LogLevel.Error,
        Message = "The Vigil collector at {IngestUri} refused a batch of {Count} events with HTTP {Status}: {Problem}. The batch is not retried; check ApiKey and the collector's limits ({Suppressed} similar refusals were not logged).")]
    public static partial void BatchRejected(ILogger logger, Uri ingestUri, int count, int status, string problem, long suppressed);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning,
        Message = "Vigil gave up on a batch of {Count} events: {Reason}. Is the collector at {IngestUri} running and reachable? ({Suppressed} similar failures were not logged).")]
    public static partial void BatchFailed(ILogger logger, int count, string reason, Uri ingestUri, long suppressed);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning,
        Message = "Vigil stopped with {Count} events not shipped because ShutdownTimeout ({Timeout}) elapsed.")]
    public static partial void ShutdownIncomplete(ILogger logger, long count, TimeSpan timeout);
}
