using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Dashboard;

/// <summary>
/// The aggregate reads behind the dashboard's pages. Backends answer them from rollups kept at write time, so a
/// page's cost follows the chosen time range, not the number of stored events.
/// </summary>
public interface IDashboardQueries
{
    /// <summary>Traffic of <paramref name="range"/> in buckets of <paramref name="bucket"/> (a whole number of minutes).</summary>
    Task<TrafficSeries> TrafficAsync(Guid projectId, TimeRange range, TimeSpan bucket, CancellationToken cancellationToken = default);

    /// <summary>The busiest endpoints of the range (hourly resolution), busiest first.</summary>
    Task<IReadOnlyList<EndpointUsage>> TopEndpointsAsync(Guid projectId, TimeRange range, int limit, CancellationToken cancellationToken = default);

    /// <summary>The busiest client addresses of the range (hourly resolution; daily for ranges over a day), busiest first.</summary>
    Task<IReadOnlyList<ClientUsage>> TopClientsAsync(Guid projectId, TimeRange range, int limit, CancellationToken cancellationToken = default);

    /// <summary>One page of requests, newest first, with the cursor of the next (older) page.</summary>
    Task<RequestPage> QueryRequestsAsync(RequestFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Per endpoint: credentials seen, threats, rules that fired, and hourly requests over <paramref name="sparkline"/>.</summary>
    Task<IReadOnlyList<EndpointTraits>> EndpointTraitsAsync(Guid projectId, TimeRange sparkline, CancellationToken cancellationToken = default);

    /// <summary>Findings of the feed, newest first; <paramref name="afterSeq"/> returns only newer ones (oldest first) for a live feed.</summary>
    Task<IReadOnlyList<FeedFinding>> FindingsAsync(FeedQuery query, CancellationToken cancellationToken = default);
}
