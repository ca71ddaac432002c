namespace Vigil.Dashboard.Design;

/// <summary>
/// What the collector knows about a project beyond its traffic: the attached spec (audited), the latest uploaded
/// scan and the three-way inventory the <c>/v1/endpoints</c> API answers. The collector implements it over its own
/// registries, so a page and the API show one computation; the dashboard references no engine.
/// </summary>
public interface IDesignSource
{
    /// <summary>The audit of the project's attached spec, or null when none is attached (or it no longer loads).</summary>
    Task<SpecAudit?> AuditAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>The OpenAPI document the project's recent traffic implies, exactly as <c>GET /v1/openapi</c> answers it.</summary>
    Task<string> InferredOpenApiAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>The project's latest uploaded scan, or null before the first upload.</summary>
    Task<CodeScan?> LatestScanAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>Every endpoint known from traffic, spec or code, with its status.</summary>
    Task<IReadOnlyList<InventoryEntry>> InventoryAsync(Guid projectId, CancellationToken cancellationToken);
}

/// <summary>A host without the collector's registries: no spec, no scan, the inventory is the traffic alone.</summary>
internal sealed class NoDesignSource : IDesignSource
{
    public Task<SpecAudit?> AuditAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult<SpecAudit?>(null);

    public Task<string> InferredOpenApiAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult("{}");

    public Task<CodeScan?> LatestScanAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult<CodeScan?>(null);

    public Task<IReadOnlyList<InventoryEntry>> InventoryAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<InventoryEntry>>([]);
}
