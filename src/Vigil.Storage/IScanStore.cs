namespace Vigil.Storage;

/// <summary>The latest source scan uploaded for each project (<c>vigil scan --upload</c>); uploading again replaces it.</summary>
public interface IScanStore
{
    Task SaveScanAsync(StoredScan scan, CancellationToken cancellationToken = default);

    Task<StoredScan?> GetScanAsync(Guid projectId, CancellationToken cancellationToken = default);
}

/// <summary>A backend that can hold scans; the collector answers 404 on <c>/v1/scans</c> for one that cannot.</summary>
public interface IScanStoreProvider
{
    IScanStore Scans { get; }
}

/// <param name="Content">The validated scan as the collector's JSON (endpoints and findings), not the raw upload.</param>
public sealed record StoredScan(Guid ProjectId, string Content, DateTimeOffset UploadedAt);
