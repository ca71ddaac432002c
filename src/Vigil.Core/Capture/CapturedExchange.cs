namespace Vigil.Core.Capture;

/// <summary>
/// One HTTP request/response pair as the SDK saw it. This is the unit every engine works on:
/// the SDK builds it, the wire protocol carries it, the collector stores it, detectors read it.
/// Mutable on purpose: masking rewrites values in place before the exchange leaves the process.
/// </summary>
public sealed class CapturedExchange
{
    /// <summary>Unique id; the collector assigns one when the sender leaves it out.</summary>
    public Guid? Id { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    public double DurationMs { get; set; }

    public CapturedRequest Request { get; set; } = null!;

    public CapturedResponse Response { get; set; } = null!;

    public CapturedError? Error { get; set; }

    public ServerInfo? Server { get; set; }
}
