using System.Collections.Concurrent;
using System.Text.Json;
using Vigil.Storage;

namespace Vigil.Collector.Scans;

/// <summary>
/// Each project's latest scan, loaded from the store on first use and replaced on upload. A project without one
/// (or a store that cannot hold one) caches null, so the read API pays one dictionary look-up.
/// </summary>
internal sealed class ScanRegistry(IVigilStore store)
{
    private readonly ConcurrentDictionary<Guid, ScanIndex?> _scans = new();

    public IScanStore? Store => (store as IScanStoreProvider)?.Scans;

    /// <summary>Held by an upload from reading its body to caching it.</summary>
    public SemaphoreSlim Uploads { get; } = new(1, 1);

    public async ValueTask<ScanIndex?> ForProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (_scans.TryGetValue(projectId, out var known))
        {
            return known;
        }

        ScanIndex? index = null;
        if (Store is { } scans && await scans.GetScanAsync(projectId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            try
            {
                if (JsonSerializer.Deserialize(stored.Content, ScanJsonContext.Default.ScanDocument) is { } scan && ScanValidator.Validate(scan).Count == 0)
                {
                    index = new ScanIndex(scan, stored.UploadedAt);
                }
            }
            catch (JsonException)
            {
                // Stored by an older or newer Vigil in a shape this one does not read: linking is simply off until the next upload.
            }
        }

        return _scans.GetOrAdd(projectId, index);
    }

    /// <summary>For ingest: a store failure while loading the scan turns linking off for this batch instead of failing it (not cached, so the next batch retries).</summary>
    public async ValueTask<ScanIndex?> ForIngestAsync(Guid projectId, CancellationToken cancellationToken)
    {
        try
        {
            return await ForProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Events must be stored whatever happens to the scan: the link is a bonus.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    public void Attach(Guid projectId, ScanIndex index) => _scans[projectId] = index;
}
