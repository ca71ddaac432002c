namespace Vigil.Detection.Behaviour.Windows;

/// <summary>
/// Distinct values seen within a sliding window of event time, capped: once the cap is reached the oldest value
/// makes room, so the count saturates at the cap (set it above any threshold it is compared with).
/// </summary>
internal sealed class RecentDistinct(TimeSpan window, int cap)
{
    private readonly Dictionary<string, long> _lastSeen = new(StringComparer.Ordinal);
    private long _lastPurge;

    /// <summary>Records <paramref name="value"/> at <paramref name="at"/> and returns how many distinct values the window holds.</summary>
    public int Add(string value, DateTimeOffset at)
    {
        var now = at.UtcTicks;
        if (now - _lastPurge > window.Ticks / 4)
        {
            Purge(now);
        }

        if (!_lastSeen.ContainsKey(value) && _lastSeen.Count >= cap)
        {
            RemoveOldest();
        }

        _lastSeen[value] = Math.Max(now, _lastSeen.GetValueOrDefault(value));
        return _lastSeen.Count;
    }

    public int Count => _lastSeen.Count;

    public bool Contains(string value) => _lastSeen.ContainsKey(value);

    private void Purge(long now)
    {
        _lastPurge = now;
        var cutoff = now - window.Ticks;
        foreach (var (key, seen) in _lastSeen)
        {
            if (seen < cutoff)
            {
                _lastSeen.Remove(key);
            }
        }
    }

    private void RemoveOldest()
    {
        string? oldest = null;
        var at = long.MaxValue;
        foreach (var (key, seen) in _lastSeen)
        {
            if (seen < at)
            {
                (oldest, at) = (key, seen);
            }
        }

        _lastSeen.Remove(oldest!);
    }
}
