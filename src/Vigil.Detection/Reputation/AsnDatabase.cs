using System.Net;

namespace Vigil.Detection.Reputation;

/// <summary>
/// Which autonomous system (network operator) an address belongs to, from an offline file (see <see cref="AsnParser"/>):
/// sorted, non-overlapping ranges in the 128-bit address space searched by binary search — one array of starts,
/// one of ends, one of AS numbers, about 36 bytes a range (the whole public table, ~500,000 ranges, is ~18 MB).
/// </summary>
public sealed class AsnDatabase
{
    private readonly UInt128[] _starts;
    private readonly UInt128[] _ends;
    private readonly uint[] _asns;

    private AsnDatabase(UInt128[] starts, UInt128[] ends, uint[] asns)
    {
        (_starts, _ends, _asns) = (starts, ends, asns);
    }

    public static AsnDatabase Empty { get; } = new([], [], []);

    public int Count => _starts.Length;

    /// <summary>
    /// Ranges sorted by start. The public table has no overlaps; where a hand-made one does, the range that starts
    /// first (the earlier line on a tie) is kept and a range overlapping it is dropped whole — its uncovered part too.
    /// </summary>
    public static AsnDatabase From(IEnumerable<AsnRange> ranges)
    {
        var sorted = ranges.Select((r, i) => (r, i)).OrderBy(x => x.r.Start).ThenBy(x => x.i).Select(x => x.r).ToList();
        var kept = new List<AsnRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (kept.Count > 0 && range.Start <= kept[^1].End)
            {
                continue;
            }

            kept.Add(range);
        }

        return new([.. kept.Select(r => r.Start)], [.. kept.Select(r => r.End)], [.. kept.Select(r => r.Asn)]);
    }

    /// <summary>The AS number holding <paramref name="clientIp"/>, or null (not listed, not routed, or no address).</summary>
    public uint? Find(string? clientIp)
    {
        if (_starts.Length == 0 || string.IsNullOrEmpty(clientIp) || !IPAddress.TryParse(clientIp, out var address))
        {
            return null;
        }

        var bits = IpBits.ToBits(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
        var at = Array.BinarySearch(_starts, bits);
        at = at >= 0 ? at : ~at - 1; // the last range starting at or below the address
        return at >= 0 && bits <= _ends[at] ? _asns[at] : null;
    }
}

/// <summary>One range of addresses announced by one autonomous system, in the 128-bit space of <see cref="IpBits"/>.</summary>
public sealed record AsnRange(UInt128 Start, UInt128 End, uint Asn);
