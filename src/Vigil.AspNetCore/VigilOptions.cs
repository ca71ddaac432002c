using Vigil.Masking;

namespace Vigil.AspNetCore;

/// <summary>
/// Settings of the Vigil SDK; bound from configuration section <c>Vigil</c>, then from the AddVigil callback.
/// Invalid settings never stop the host: every problem is logged once at start-up and capture stays off.
/// </summary>
public sealed class VigilOptions
{
    /// <summary>Collector base address, e.g. <c>http://127.0.0.1:5080</c>. Capture is off while it is unset.</summary>
    public string? Endpoint { get; set; }

    /// <summary>An ingest key created with <c>vigil keys create --scope ingest</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Turns capture off without removing <c>UseVigil()</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Name the collector shows for this application; defaults to the entry assembly name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// Largest part of one request or response body kept, in bytes (at most 1 MiB, the protocol's body limit).
    /// Longer bodies are cut and flagged <c>BodyTruncated</c>.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Events waiting to be shipped; when full, new events are dropped and counted, never waited for.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Approximate bytes (bodies and headers) of queued and in-flight events; bounds the SDK's memory.</summary>
    public long MaxQueueBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Events per ingest request (at most 1000, the protocol's limit).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Longest time an event waits for its batch to fill before the batch is sent anyway.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of a batch after a network error, a timeout, 408, 429 or 5xx; 0 sends each batch once.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Median delay before the first retry; later retries back off exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of one attempt to send one batch.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long stopping the host may wait for queued events to be shipped.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies. Only when a request comes from one
    /// of them is <c>X-Forwarded-For</c> read, and then the right-most address that is not a trusted proxy is the client.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>
    /// Path prefixes that are not captured, matched on whole segments and ignoring case:
    /// <c>/health</c> excludes <c>/health</c> and <c>/health/ready</c>, not <c>/healthz</c>.
    /// </summary>
    public List<string> ExcludePaths { get; set; } = [];

    /// <summary>What to mask before an event leaves the process.</summary>
    public MaskingOptions Masking { get; set; } = new();
}
