using Microsoft.AspNetCore.Http;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Headers taken out of the server's dictionary (reused for the next request on the connection) as one flat array
/// of name/value references: strings are immutable, so taking the references is the copy. The case-insensitive
/// <see cref="HeaderMap"/> is built from it on the shipper thread; on the request path a dictionary per header set
/// cost ~0.4 KB and its hashing (request-path harness, <c>--request-path</c>).
/// </summary>
internal readonly struct HeaderSnapshot
{
    // A rough per-header cost of the map entry and array the shipper builds, for the queue's memory budget.
    private const int EntryOverheadBytes = 48;

    private readonly string[]? _pairs;
    private readonly int _length;

    private HeaderSnapshot(string[] pairs, int length)
    {
        _pairs = pairs;
        _length = length;
    }

    /// <summary>Values taken; a header sent several times counts once per value.</summary>
    public int ValueCount => _length / 2;

    public static HeaderSnapshot Take(IHeaderDictionary headers, ref long approximateBytes)
    {
        var pairs = new string[2 * headers.Count];
        var length = 0;
        foreach (var (name, values) in headers)
        {
            var count = values.Count;
            if (count == 0)
            {
                continue;
            }

            approximateBytes += EntryOverheadBytes + (2L * name.Length);
            for (var i = 0; i < count; i++)
            {
                var value = values[i] ?? "";
                approximateBytes += 2L * value.Length;
                if (length + 2 > pairs.Length)
                {
                    Array.Resize(ref pairs, Math.Max(8, pairs.Length * 2));
                }

                pairs[length++] = name;
                pairs[length++] = value;
            }
        }

        return new HeaderSnapshot(pairs, length);
    }

    /// <summary>
    /// Adds the headers to <paramref name="map"/>, each name with all its values in order. A name seen again later
    /// (a server whose dictionary is not unique by case) replaces the earlier one, as a dictionary copy would.
    /// </summary>
    public void CopyTo(HeaderMap map)
    {
        var pairs = _pairs;
        var i = 0;
        while (i < _length)
        {
            var name = pairs![i];
            var end = i + 2;
            while (end < _length && ReferenceEquals(pairs[end], name))
            {
                end += 2;
            }

            var values = new string[(end - i) / 2];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = pairs[i + (2 * v) + 1];
            }

            map[name] = values;
            i = end;
        }
    }
}
