namespace Vigil.Protocol;

/// <summary>
/// Documented limits of one ingest request (docs/protocol.md). Above the byte limits the collector answers 413;
/// above the field limits it answers 400 naming the field.
/// </summary>
public static class ProtocolLimits
{
    /// <summary>Largest request body on the wire, compressed or not.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Largest batch after gzip decompression; guards against decompression bombs. The SDK's batches of 100 events
    /// with 64 KiB bodies stay under 14 MiB.
    /// </summary>
    public const long MaxDecompressedBytes = 32 * 1024 * 1024;

    public const int MaxEventsPerBatch = 1000;

    /// <summary>Largest captured body (request or response) in characters.</summary>
    public const int MaxBodyChars = 1024 * 1024;

    public const int MaxHeaders = 256;

    public const int MaxHeaderNameChars = 256;

    /// <summary>All values of one header together.</summary>
    public const int MaxHeaderValueChars = 64 * 1024;

    public const int MaxPathChars = 8 * 1024;

    public const int MaxQueryChars = 32 * 1024;

    public const int MaxShortFieldChars = 1024;

    public const int MaxErrorMessageChars = 8 * 1024;

    /// <summary>Strings of <c>request.auth</c>: the scheme, and the JWT's <c>alg</c> and <c>typ</c>.</summary>
    public const int MaxAuthFieldChars = 32;

    /// <summary>Events stamped further in the future than this are rejected as clock errors.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromDays(1);

    public static readonly DateTimeOffset EarliestTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One day: anything longer is a clock or unit error, not a request.</summary>
    public const double MaxDurationMs = 24 * 60 * 60 * 1000;
}
