using System.Collections.Concurrent;

namespace Vigil.Collector.Settings;

/// <summary>
/// One in-flight load per key, kept until the key is invalidated. Compiling a project's settings can take seconds,
/// so the requests that find a project unloaded all wait on the same load instead of each starting one; and an
/// invalidation drops only its own key, so a save in one project never discards another project's load.
/// </summary>
internal sealed class SharedLoads<TKey, TValue>(Func<TKey, Task<TValue>> load)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _loads = new();

    public async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        // The load itself is not cancelled with one caller's request: others may be waiting on it.
        var entry = _loads.GetOrAdd(key, k => new Lazy<Task<TValue>>(() => Task.Run(() => load(k), CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            // A failed load is not kept: the next request tries again.
            _loads.TryRemove(new KeyValuePair<TKey, Lazy<Task<TValue>>>(key, entry));
            throw;
        }
    }

    /// <summary>
    /// Call after the key's source changed. A load that began before still answers those already waiting on it, but
    /// is no longer handed out, so the next request reads the change.
    /// </summary>
    public void Invalidate(TKey key) => _loads.TryRemove(key, out _);
}
