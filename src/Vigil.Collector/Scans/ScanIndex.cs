using Vigil.Inventory;

namespace Vigil.Collector.Scans;

/// <summary>
/// A project's latest scan keyed by endpoint shape (<see cref="RouteShape.Key"/>), so traffic on
/// <c>GET /orders/{id}</c> finds the handler declared as <c>/orders/{id:int}</c>.
/// </summary>
internal sealed class ScanIndex
{
    private readonly Dictionary<string, ScannedEndpoint> _endpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ScannedFinding>> _findings = new(StringComparer.Ordinal);

    public ScanIndex(ScanDocument scan, DateTimeOffset uploadedAt)
    {
        Scan = scan;
        UploadedAt = uploadedAt;
        foreach (var e in scan.Endpoints ?? [])
        {
            foreach (var method in e.Methods ?? [])
            {
                // Two handlers on one shape (rare: a constraint split) — the first declared wins, as routing's order would.
                _endpoints.TryAdd(RouteShape.Key(method, e.Route!), e);
            }
        }

        foreach (var f in scan.Findings ?? [])
        {
            if (RouteShape.KeyOf(f.Endpoint) is { } key)
            {
                if (!_findings.TryGetValue(key, out var list))
                {
                    _findings[key] = list = [];
                }

                list.Add(f);
            }
        }
    }

    public ScanDocument Scan { get; }

    public DateTimeOffset UploadedAt { get; }

    public IEnumerable<(string Method, ScannedEndpoint Endpoint)> Endpoints =>
        (Scan.Endpoints ?? []).SelectMany(e => (e.Methods ?? []).Select(m => (m, e)));

    public ScannedEndpoint? Find(string method, string route) => _endpoints.GetValueOrDefault(RouteShape.Key(method, route));

    /// <param name="endpoint">As findings name it: <c>"GET /orders/{id}"</c>.</param>
    public ScannedEndpoint? Find(string? endpoint) => RouteShape.KeyOf(endpoint) is { } key ? _endpoints.GetValueOrDefault(key) : null;

    public IReadOnlyList<ScannedFinding> FindingsOn(string? endpoint) =>
        RouteShape.KeyOf(endpoint) is { } key && _findings.TryGetValue(key, out var list) ? list : [];
}
