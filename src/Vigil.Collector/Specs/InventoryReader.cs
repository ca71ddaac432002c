using Vigil.Collector.ReadApi;
using Vigil.Collector.Scans;
using Vigil.Storage;

namespace Vigil.Collector.Specs;

/// <summary>
/// A project's three-way inventory — traffic classified against the spec (<see cref="EndpointInventory"/>), then
/// joined with the latest scan (<see cref="CodeInventory"/>). <c>GET /v1/endpoints</c> and the dashboard both read it
/// here, so they never disagree about what is shadow or zombie.
/// </summary>
internal sealed class InventoryReader(IEventStore events, SpecRegistry specs, ScanRegistry scans, CollectorOptions options, TimeProvider clock)
{
    /// <summary>Recent findings read for the undocumented parameters and fields of documented endpoints.</summary>
    public const int RecentFindings = 1000;

    public async Task<EndpointListView> ReadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var endpoints = await events.ListEndpointsAsync(projectId, cancellationToken).ConfigureAwait(false);
        var contract = await specs.ForProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        var recent = contract is null ? null : await events.QueryFindingsAsync(new FindingQuery(projectId, Limit: RecentFindings), cancellationToken).ConfigureAwait(false);
        var view = EndpointInventory.Classify([.. endpoints.Select(EndpointView.From)], contract, clock.GetUtcNow(), options.ZombieAfter, recent);
        var scan = await scans.ForProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        return CodeInventory.Merge(view, scan, contract is not null);
    }
}
