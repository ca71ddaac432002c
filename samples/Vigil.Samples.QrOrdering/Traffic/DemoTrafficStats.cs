namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>What a traffic run did so far: totals, the same per endpoint (keyed like <c>GET /api/orders/{id}</c>), and time taken.</summary>
public sealed record DemoTrafficStats(
    StatusClassCounts Total,
    IReadOnlyDictionary<string, StatusClassCounts> ByEndpoint,
    long AbandonedVisits,
    TimeSpan Elapsed)
{
    /// <summary>Requests that completed, with a response or a transport failure.</summary>
    public long RequestsSent => Total.Total;
}
