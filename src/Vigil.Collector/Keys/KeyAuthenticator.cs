using System.Collections.Concurrent;
using Vigil.Storage;

namespace Vigil.Collector.Keys;

/// <summary>
/// Resolves an <c>X-Vigil-Key</c> header to its project and scope. Lookups are cached for
/// <see cref="CollectorOptions.KeyCacheDuration"/> (30 s) because every ingest request carries a key: a key revoked
/// with <c>vigil keys revoke</c> stops working within that time (docs/protocol.md).
/// </summary>
internal sealed class KeyAuthenticator(IProjectStore projects, TimeProvider clock, CollectorOptions options)
{
    private const int MaxCachedKeys = 10_000;

    // Known keys and unknown keys are cached apart, so a flood of random well-formed keys can only evict other
    // unknown keys, never the real senders' entries.
    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, DateTimeOffset Expires)> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _unknown = new(StringComparer.Ordinal);

    public async Task<ApiKeyRecord?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.LooksValid(presented))
        {
            return null;
        }

        var hash = ApiKeyFormat.Hash(presented!);
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(hash, out var known) && known.Expires > now)
        {
            return known.Key;
        }

        if (_unknown.TryGetValue(hash, out var until) && until > now)
        {
            return null;
        }

        var key = await projects.FindKeyByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        var expires = now + options.KeyCacheDuration;
        if (key is null || key.RevokedAt is not null)
        {
            Bound(_unknown);
            _unknown[hash] = expires;
            _known.TryRemove(hash, out _);
            return null;
        }

        Bound(_known);
        _known[hash] = (key, expires);
        return key;
    }

    /// <summary>Forgets cached lookups so a revocation made through this process applies at once.</summary>
    public void Invalidate()
    {
        _known.Clear();
        _unknown.Clear();
    }

    private static void Bound<T>(ConcurrentDictionary<string, T> cache)
    {
        if (cache.Count >= MaxCachedKeys)
        {
            cache.Clear();
        }
    }
}
