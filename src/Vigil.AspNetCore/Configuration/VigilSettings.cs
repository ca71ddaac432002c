using System.Net;
using Microsoft.AspNetCore.Http;
using Vigil.Masking;

namespace Vigil.AspNetCore.Configuration;

/// <summary>
/// <see cref="VigilOptions"/> after validation: parsed, immutable, and only ever built when every value is usable,
/// so the request path and the shipper never re-check them.
/// </summary>
internal sealed record VigilSettings
{
    public required Uri IngestUri { get; init; }

    public required string ApiKey { get; init; }

    public required string ServiceName { get; init; }

    public required int MaxBodyBytes { get; init; }

    public required int QueueCapacity { get; init; }

    public required long MaxQueueBytes { get; init; }

    public required int BatchSize { get; init; }

    public required TimeSpan FlushInterval { get; init; }

    public required int MaxRetries { get; init; }

    public required TimeSpan RetryBaseDelay { get; init; }

    public required TimeSpan RequestTimeout { get; init; }

    public required TimeSpan ShutdownTimeout { get; init; }

    public required IReadOnlyList<IPNetwork> TrustedProxies { get; init; }

    public required IReadOnlyList<PathString> ExcludePaths { get; init; }

    public required MaskingOptions Masking { get; init; }
}
