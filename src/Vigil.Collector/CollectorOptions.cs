using Vigil.Alerting;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Engine;
using Vigil.Masking;

namespace Vigil.Collector;

/// <summary>Settings of <c>vigil serve</c>.</summary>
public sealed record CollectorOptions
{
    /// <summary>Addresses to listen on; loopback by default so a fresh install exposes nothing.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>
    /// Events accepted but not yet durable. Above it ingest answers 429 with Retry-After, which the SDK honours;
    /// it bounds the collector's memory whatever the senders do.
    /// </summary>
    public int MaxPendingEvents { get; init; } = 50_000;

    /// <summary>Ingest requests processed at once; more are answered 429 at once (see IngestGate).</summary>
    public int MaxConcurrentIngests { get; init; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>Most events committed in one transaction when several batches wait (group commit).</summary>
    public int MaxEventsPerCommit { get; init; } = 5_000;

    /// <summary>The collector masks again on ingest, with the same rules as the SDK.</summary>
    public MaskingOptions Masking { get; init; } = new();

    /// <summary>Rule settings: reputation lists, JWT lifetime bound.</summary>
    public DetectionSettings Detection { get; init; } = DetectionSettings.Default;

    /// <summary>How long a resolved API key is trusted before it is looked up again (revocation delay).</summary>
    public TimeSpan KeyCacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Windows, thresholds and memory caps of the behavioural detectors.</summary>
    public BehaviourOptions Behaviour { get; init; } = new();

    /// <summary>
    /// File holding the installation's credential-fingerprint secret, created on first start (beside the database);
    /// null keeps the random per-process secret of <see cref="BehaviourOptions.FingerprintSecret"/>.
    /// </summary>
    public string? FingerprintSecretPath { get; init; }

    /// <summary>Alert rules and cooldown.</summary>
    public AlertingOptions Alerting { get; init; } = new();

    /// <summary>
    /// Committed events waiting for the behavioural detectors. Detection runs off the ingest path; when it falls this
    /// far behind, new events skip detection (counted) rather than slowing ingest or growing memory.
    /// </summary>
    public int MaxBehaviourBacklog { get; init; } = 100_000;

    /// <summary>A documented operation with no traffic for this long is a zombie in <c>GET /v1/endpoints</c>.</summary>
    public TimeSpan ZombieAfter { get; init; } = TimeSpan.FromDays(30);
}
