using Vigil.Storage;

namespace Vigil.Collector.Keys;

/// <summary>Creates keys: the plaintext is returned once to show the user and only its hash is stored.</summary>
public sealed class KeyIssuer(IProjectStore projects)
{
    public async Task<IssuedKey> CreateAsync(string projectName, KeyScope scope, string? name = null, CancellationToken cancellationToken = default)
    {
        var project = await projects.GetOrCreateProjectAsync(projectName, cancellationToken).ConfigureAwait(false);
        var key = ApiKeyFormat.Generate(scope);
        var record = await projects.AddKeyAsync(project.Id, scope, ApiKeyFormat.Hash(key), ApiKeyFormat.DisplayPrefix(key), name, cancellationToken).ConfigureAwait(false);
        return new IssuedKey(key, record, project);
    }
}

/// <summary>A freshly created key; <see cref="Key"/> is never stored and cannot be shown again.</summary>
public sealed record IssuedKey(string Key, ApiKeyRecord Record, Project Project);
