using System.Collections.Concurrent;
using Vigil.OpenApi;
using Vigil.OpenApi.Validation;
using Vigil.Storage;

namespace Vigil.Collector.Specs;

/// <summary>
/// Each project's compiled contract, loaded from the store on first use and replaced when a spec is attached. A
/// project without a spec (or a store that cannot hold one) caches null, so ingest pays one dictionary look-up.
/// </summary>
internal sealed class SpecRegistry(IVigilStore store)
{
    private readonly ConcurrentDictionary<Guid, ContractValidator?> _validators = new();

    /// <summary>One spec upload at a time: each holds the text, its parse tree and a model (~3× the body in memory).</summary>
    public SemaphoreSlim Uploads { get; } = new(1, 1);

    public async ValueTask<ContractValidator?> ForProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (_validators.TryGetValue(projectId, out var known))
        {
            return known;
        }

        ContractValidator? validator = null;
        if (store.Specs is { } specs && await specs.GetSpecAsync(projectId, cancellationToken).ConfigureAwait(false) is { } spec)
        {
            // A spec was valid when attached; if it no longer loads (a newer Vigil is stricter) validation is simply off.
            var loaded = OpenApiDocumentLoader.Parse(spec.Content, spec.Name);
            validator = loaded.Document is null ? null : new ContractValidator(loaded.Document);
        }

        return _validators.GetOrAdd(projectId, validator);
    }

    public void Attach(Guid projectId, ContractValidator validator) => _validators[projectId] = validator;
}
