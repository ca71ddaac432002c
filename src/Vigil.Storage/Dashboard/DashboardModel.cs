using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Dashboard;

/// <summary>A half-open interval [From, To).</summary>
public sealed record TimeRange(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;
}

/// <summary>Events counted by the highest threat of their findings.</summary>
public sealed record ThreatCounts(long Low, long Medium, long High)
{
    public static readonly ThreatCounts Zero = new(0, 0, 0);

    public long Total => Low + Medium + High;

    public ThreatCounts Add(ThreatCounts other) => new(Low + other.Low, Medium + other.Medium, High + other.High);
}

/// <summary>One chart bucket; latencies are read from merged histograms (±2.5%).</summary>
public sealed record TrafficBucket(DateTimeOffset Start, long Requests, long ClientErrors, long ServerErrors, ThreatCounts Threats, double P50Ms, double P95Ms, double P99Ms);

public sealed record TrafficSeries(TimeSpan BucketSize, IReadOnlyList<TrafficBucket> Buckets, TrafficBucket Total);

public sealed record EndpointUsage(EndpointKey Endpoint, long Requests, long ServerErrors, long Threats);

public sealed record ClientUsage(string ClientIp, long Requests, long ServerErrors, long Threats);

/// <summary>Cumulative facts of one endpoint plus its hourly requests over the sparkline range, oldest first.</summary>
public sealed record EndpointTraits(EndpointKey Endpoint, long Authenticated, long Anonymous, ThreatCounts Threats, IReadOnlyList<RuleCount> Rules, IReadOnlyList<long> Hourly);

public sealed record RuleCount(string RuleId, long Count, DateTimeOffset LastSeen);

public sealed record FeedFinding(long Seq, Finding Finding);

/// <summary>Filters of the findings feed. <see cref="AfterSeq"/> set: newer than it, oldest first; otherwise newest first.</summary>
public sealed record FeedQuery(Guid ProjectId, ThreatLevel MinThreat = ThreatLevel.Low, string? Endpoint = null, long? AfterSeq = null, int Limit = 100);
