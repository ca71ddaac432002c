using Vigil.Collector.ReadApi;
using Vigil.Collector.Scans;
using Vigil.Collector.Specs;
using Vigil.Core.Findings;
using Vigil.Dashboard.Design;
using Vigil.Storage;

namespace Vigil.Collector.Dashboard;

/// <summary>
/// The dashboard's view of spec, scan and inventory, read through the same registries and <see cref="InventoryReader"/>
/// the <c>/v1</c> API uses, then copied into the dashboard's own records (it references no collector type).
/// </summary>
internal sealed class CollectorDesignSource(IEventStore events, SpecAuditCache audits, ScanRegistry scans, InventoryReader inventory) : IDesignSource
{
    public Task<SpecAudit?> AuditAsync(Guid projectId, CancellationToken cancellationToken) => audits.AuditAsync(projectId, cancellationToken);

    public Task<string> InferredOpenApiAsync(Guid projectId, CancellationToken cancellationToken) => InferredSpecEndpoint.InferAsync(events, projectId, cancellationToken);

    public async Task<CodeScan?> LatestScanAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (await scans.ForProjectAsync(projectId, cancellationToken).ConfigureAwait(false) is not { } index)
        {
            return null;
        }

        var scan = index.Scan;
        return new CodeScan(
            scan.Subject,
            index.UploadedAt,
            scan.Files,
            scan.Lines,
            [.. (scan.Endpoints ?? []).Select(e => new CodeEndpoint(e.Methods ?? [], e.Route!, e.Handler!, e.File!, e.Line, e.Auth!, e.AuthReason))],
            [.. (scan.Findings ?? []).Select(f => new CodeFinding(f.RuleId!, f.Title!, Threat(f.Threat), f.Cwe, f.Endpoint, f.File, f.Line, f.Message, f.HowToFix))
                .OrderByDescending(f => f.Threat)]);
    }

    public async Task<IReadOnlyList<InventoryEntry>> InventoryAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var view = await inventory.ReadAsync(projectId, cancellationToken).ConfigureAwait(false);
        return
        [
            .. view.Endpoints.Select(e => Entry(e.Method, e.Route, e.Sources, e.Status, e.Deprecated, seen: true, e)),
            .. (view.Unseen ?? []).Select(u => Entry(u.Method, u.Route, u.Sources, u.Status, u.Deprecated, seen: false, u)),
        ];
    }

    private static InventoryEntry Entry(string method, string route, IReadOnlyList<string>? sources, string? status, bool? deprecated, bool seen, ICodeFacts code) =>
        new(method, route, sources ?? [EndpointInventory.Traffic], status, deprecated == true, seen)
        {
            Handler = code.Handler,
            File = code.File,
            Line = code.Line,
            CodeAuth = code.CodeAuth,
        };

    // The validator accepted only none|low|medium|high.
    private static ThreatLevel Threat(string? name) => Enum.TryParse<ThreatLevel>(name, ignoreCase: true, out var threat) ? threat : ThreatLevel.None;
}
