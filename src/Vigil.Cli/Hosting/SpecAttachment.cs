using Vigil.OpenApi;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Hosting;

/// <summary><c>vigil serve --spec FILE</c>: check the spec, then store it for the project before the collector starts, so the first event is already validated.</summary>
internal static class SpecAttachment
{
    /// <returns>The problems that stopped it; empty when attached.</returns>
    public static async Task<IReadOnlyList<OpenApiProblem>> AttachAsync(string databasePath, string specPath, string project, TimeProvider clock, CancellationToken cancellationToken)
    {
        var loaded = OpenApiDocumentLoader.Load(specPath);
        if (!loaded.Succeeded)
        {
            return loaded.Errors;
        }

        await using var store = new SqliteVigilStore(databasePath, clock);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var owner = await store.Projects.GetOrCreateProjectAsync(project, cancellationToken).ConfigureAwait(false);
        var text = await File.ReadAllTextAsync(specPath, cancellationToken).ConfigureAwait(false);
        await store.Specs.SaveSpecAsync(new StoredSpec(owner.Id, Path.GetFileName(specPath), text, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return [];
    }
}
