using System.Net;

namespace Vigil.Detection.Reputation;

/// <summary>
/// Every configured network, looked up per request without a network call. One hash table per prefix length in
/// use: real lists use a handful of lengths, so a lookup is a handful of hash probes whatever the list size, and
/// overlapping networks need no interval merging. The most specific match wins (a /32 on an allowlist-style
/// category inside a listed /16 says more than the /16).
/// </summary>
public sealed class IpReputationList
{
    private readonly (int Prefix, Dictionary<UInt128, IpReputationEntry> Networks)[] _byPrefix;

    private IpReputationList((int, Dictionary<UInt128, IpReputationEntry>)[] byPrefix, int count)
    {
        _byPrefix = byPrefix;
        Count = count;
    }

    public static IpReputationList Empty { get; } = new([], 0);

    /// <summary>Distinct networks held.</summary>
    public int Count { get; }

    public static IpReputationList From(IEnumerable<IpReputationEntry> entries)
    {
        var tables = new SortedDictionary<int, Dictionary<UInt128, IpReputationEntry>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var count = 0;
        foreach (var entry in entries)
        {
            var prefix = IpBits.WidePrefix(entry.Network);
            if (!tables.TryGetValue(prefix, out var table))
            {
                tables[prefix] = table = [];
            }

            // The first list that names a network keeps it: lists are given in the order the operator configured.
            if (table.TryAdd(IpBits.MaskBits(IpBits.ToBits(entry.Network.BaseAddress), prefix), entry))
            {
                count++;
            }
        }

        return new IpReputationList([.. tables.Select(t => (t.Key, t.Value))], count);
    }

    /// <summary>
    /// This list and <paramref name="other"/> as one: the most specific network of either decides, and where both
    /// name the same network this list's entry wins (the server's lists before a project's own).
    /// </summary>
    public IpReputationList With(IpReputationList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return this;
        }

        var tables = _byPrefix.ToDictionary(t => t.Prefix, t => new Dictionary<UInt128, IpReputationEntry>(t.Networks));
        var count = Count;
        foreach (var (prefix, networks) in other._byPrefix)
        {
            if (!tables.TryGetValue(prefix, out var table))
            {
                tables[prefix] = table = [];
            }

            foreach (var (bits, entry) in networks)
            {
                count += table.TryAdd(bits, entry) ? 1 : 0;
            }
        }

        return new IpReputationList([.. tables.OrderByDescending(t => t.Key).Select(t => (t.Key, t.Value))], count);
    }

    /// <summary>The most specific listed network holding <paramref name="clientIp"/>, or null (also for text that is no address).</summary>
    public IpReputationEntry? Find(string? clientIp)
    {
        if (_byPrefix.Length == 0 || string.IsNullOrEmpty(clientIp) || !IPAddress.TryParse(clientIp, out var address))
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bits = IpBits.ToBits(address);
        foreach (var (prefix, networks) in _byPrefix)
        {
            if (networks.TryGetValue(IpBits.MaskBits(bits, prefix), out var entry))
            {
                return entry;
            }
        }

        return null;
    }
}
