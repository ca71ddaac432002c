namespace Vigil.Dashboard.Auth;

/// <summary>
/// Lock-out after repeated failures, counted per user name and per client address: after
/// <see cref="DashboardOptions.MaxFailedSignIns"/> failures within the lock-out duration, sign-in is refused for that
/// long, even with the right password. Memory is bounded: entries expire, and past <see cref="MaxTracked"/> the
/// expired ones are dropped first.
/// </summary>
public sealed class SignInThrottle(DashboardOptions options, TimeProvider clock)
{
    public const int MaxTracked = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Entries held now (for tests of the memory bound).</summary>
    internal int Tracked
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>When sign-in is refused for either key, how long until it is allowed again; null when allowed.</summary>
    public TimeSpan? LockedFor(string user, string client)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var longest = new[] { UserKey(user), ClientKey(client) }
                .Select(k => _entries.GetValueOrDefault(k)?.LockedUntil)
                .Where(until => until > now)
                .Max();
            return longest - now;
        }
    }

    public void Failed(string user, string client)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_entries.Count >= MaxTracked)
            {
                Prune(now);
            }

            foreach (var key in new[] { UserKey(user), ClientKey(client) })
            {
                var entry = _entries.GetValueOrDefault(key);
                if (entry is null || now - entry.WindowStart > options.LockoutDuration)
                {
                    entry = new Entry(now);
                    _entries[key] = entry;
                }

                entry.Failures++;
                if (entry.Failures >= options.MaxFailedSignIns)
                {
                    entry.LockedUntil = now + options.LockoutDuration;
                    entry.Failures = 0;
                    entry.WindowStart = now;
                }
            }
        }
    }

    /// <summary>A successful sign-in clears the user's count; the address keeps its own (one address, many users).</summary>
    public void Succeeded(string user)
    {
        lock (_gate)
        {
            _entries.Remove(UserKey(user));
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.Where(e => e.Value.LockedUntil <= now && now - e.Value.WindowStart > options.LockoutDuration).ToList())
        {
            _entries.Remove(key);
        }

        if (_entries.Count >= MaxTracked)
        {
            // Still full of live entries: forget the oldest windows rather than grow without bound.
            foreach (var key in _entries.OrderBy(e => e.Value.WindowStart).Take(MaxTracked / 10).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    private static string UserKey(string user) => "u:" + user.Trim();

    private static string ClientKey(string client) => "c:" + client;

    private sealed class Entry(DateTimeOffset windowStart)
    {
        public DateTimeOffset WindowStart = windowStart;
        public int Failures;
        public DateTimeOffset LockedUntil = DateTimeOffset.MinValue;
    }
}
