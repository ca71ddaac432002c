using System.Collections.Concurrent;
using Vigil.Storage;

namespace Vigil.Collector.Keys;

/// <summary>
/// Resolves an <c>X-Vigil-Key</c> header to its project and scope. Lookups are cached briefly (hits and misses)
/// because every ingest request carries a key; the cache is bounded so random keys cannot grow it.
/// </summary>
internal sealed class KeyAuthenticator(IProjectStore projects, TimeProvider clock, CollectorOptions options)
{
    private const int MaxCachedKeys = 10_000;
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);

    public async Task<ApiKeyRecord?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.LooksValid(presented))
        {
            return null;
        }

        var hash = ApiKeyFormat.Hash(presented!);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Expires > now)
        {
            return cached.Key;
        }

        var key = await projects.FindKeyByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (key?.RevokedAt is not null)
        {
            key = null;
        }

        if (_cache.Count >= MaxCachedKeys)
        {
            _cache.Clear();
        }

        _cache[hash] = (key, now + options.KeyCacheDuration);
        return key;
    }

    /// <summary>Forgets cached lookups so a revocation made through this process applies at once.</summary>
    public void Invalidate() => _cache.Clear();
}
