using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage;

/// <summary>An exchange as the collector keeps it: masked, attributed to a project and an endpoint, with its threat.</summary>
public sealed record StoredEvent(Guid ProjectId, CapturedExchange Exchange, EndpointKey Endpoint, ThreatLevel Threat)
{
    public Guid Id => Exchange.Id!.Value;

    /// <summary>Every finding the rules raised on this event, kept with it.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>
    /// A fingerprint of the request's API key or token, taken before masking, so behavioural detectors can tell keys
    /// apart; never the key. Stored with the event (an HMAC under the installation's secret) so a replay after a restart
    /// tells keys apart too; not part of the event's API representation.
    /// </summary>
    public string? ClientKey { get; init; }
}

/// <summary>Filters of <c>GET /v1/events</c>; results are newest first.</summary>
public sealed record EventQuery(
    Guid ProjectId,
    string? Route = null,
    string? Method = null,
    int? Status = null,
    DateTimeOffset? Since = null,
    int Limit = 100);

/// <summary>Traffic statistics of one endpoint, learned from ingested events.</summary>
public sealed record EndpointStats(
    EndpointKey Endpoint,
    long Requests,
    long ClientErrors,
    long ServerErrors,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

/// <summary>Filters of <c>GET /v1/findings</c>; results are newest first.</summary>
public sealed record FindingQuery(Guid ProjectId, Guid? EventId = null, DateTimeOffset? Since = null, int Limit = 100);

/// <summary>
/// One event to append. <see cref="StoredEvent.Findings"/> are all kept with the event; <paramref name="Feed"/> are the
/// ones that also go to the findings feed (<c>GET /v1/findings</c>): the collector leaves out repeats of low findings.
/// </summary>
public sealed record EventWrite(StoredEvent Event, IReadOnlyList<Finding> Feed);

/// <summary>What an append kept: for each write, in order, whether it was new (false: its id was already stored).</summary>
public sealed record AppendResult(IReadOnlyList<bool> Inserted)
{
    public static readonly AppendResult Empty = new([]);

    public int Added => Inserted.Count(i => i);
}
