namespace Vigil.Dashboard.Auth;

/// <summary>
/// Lock-out after repeated failures, counted per user name and per client address: after
/// <see cref="DashboardOptions.MaxFailedSignIns"/> failures within the lock-out duration, sign-in is refused for that
/// long, even with the right password. A user's lock does not apply at the few addresses that user last signed in
/// from, so an attacker who fails on purpose cannot lock the admin out of their own desk. Memory is bounded: entries
/// expire, and past <see cref="MaxTracked"/> expired and then unlocked ones are dropped before any live lock.
/// </summary>
public sealed class SignInThrottle(DashboardOptions options, TimeProvider clock)
{
    public const int MaxTracked = 10_000;

    /// <summary>Addresses remembered per user as known-good (their last successful sign-ins).</summary>
    public const int TrustedAddressesPerUser = 8;

    private const int MaxUserKeyChars = 128;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _trusted = new(StringComparer.OrdinalIgnoreCase);

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
            var keys = IsTrusted(user, client) ? new[] { ClientKey(client) } : [UserKey(user), ClientKey(client)];
            var longest = keys
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

    /// <summary>
    /// A successful sign-in clears the user's count and remembers the address as known-good for that user; the
    /// address keeps its own count (one address, many users).
    /// </summary>
    public void Succeeded(string user, string client)
    {
        lock (_gate)
        {
            var key = UserKey(user);
            _entries.Remove(key);
            if (_trusted.Count >= MaxTracked && !_trusted.ContainsKey(key))
            {
                _trusted.Remove(_trusted.Keys.First());
            }

            var addresses = _trusted.TryGetValue(key, out var known) ? known : _trusted[key] = [];
            addresses.Remove(client);
            addresses.Add(client);
            if (addresses.Count > TrustedAddressesPerUser)
            {
                addresses.RemoveAt(0);
            }
        }
    }

    private bool IsTrusted(string user, string client) =>
        _trusted.TryGetValue(UserKey(user), out var addresses) && addresses.Contains(client);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.Where(e => e.Value.LockedUntil <= now && now - e.Value.WindowStart > options.LockoutDuration).ToList())
        {
            _entries.Remove(key);
        }

        if (_entries.Count >= MaxTracked)
        {
            // Still full of live entries: forget unlocked counts first (oldest windows), a live lock only as a last resort,
            // so flooding the table with new names cannot lift a lock.
            foreach (var key in _entries.OrderBy(e => e.Value.LockedUntil > now).ThenBy(e => e.Value.WindowStart).Take(MaxTracked / 10).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    // Names are bounded before they become keys: a form field can be megabytes long.
    private static string UserKey(string user)
    {
        var name = user.Trim().ToLowerInvariant();
        return "u:" + (name.Length <= MaxUserKeyChars
            ? name
            : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))));
    }

    private static string ClientKey(string client) => "c:" + client;

    private sealed class Entry(DateTimeOffset windowStart)
    {
        public DateTimeOffset WindowStart = windowStart;
        public int Failures;
        public DateTimeOffset LockedUntil = DateTimeOffset.MinValue;
    }
}
