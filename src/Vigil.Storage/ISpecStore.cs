namespace Vigil.Storage;

/// <summary>The OpenAPI document attached to a project, as uploaded. One per project; attaching again replaces it.</summary>
public interface ISpecStore
{
    Task SaveSpecAsync(StoredSpec spec, CancellationToken cancellationToken = default);

    Task<StoredSpec?> GetSpecAsync(Guid projectId, CancellationToken cancellationToken = default);
}

/// <param name="Name">What the uploader called it (a file name), for messages.</param>
/// <param name="Content">The document text, JSON or YAML, exactly as uploaded.</param>
public sealed record StoredSpec(Guid ProjectId, string Name, string Content, DateTimeOffset AttachedAt);
