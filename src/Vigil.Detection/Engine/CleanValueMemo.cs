using System.Collections.Concurrent;
using System.Collections.Frozen;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Engine;

/// <summary>
/// Values every injection detector has already cleared, in every decoded form. The verdicts depend on the value
/// alone, and the same short values come back on request after request (a client's User-Agent, Referer, enum-like
/// JSON fields): on the ingest bench's events the User-Agent's nine-detector pass was most of the injection rules'
/// cost. Only values no detector flagged are held, so a hit is always computed afresh. Bounded: values up to
/// <see cref="MaxChars"/> characters, at most <see cref="MaxEntries"/> of them; when full it starts over, so
/// hostile churn costs what having no memo costs. Only the values of descriptive headers are held: the rules run
/// before the collector's masking pass, and a process-wide memo of query, body or credential values would keep
/// secrets the SDK missed in memory for the collector's life.
/// </summary>
internal sealed class CleanValueMemo
{
    public const int MaxChars = 256;
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, byte> _clean = new(StringComparer.Ordinal);

    // Headers that describe the client and repeat on every request of it; none carries a credential or a URL.
    private static readonly FrozenSet<string> DescriptiveHeaders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "User-Agent", "Accept", "Accept-Language", "Accept-Encoding", "Content-Type", "Sec-Ch-Ua", "Sec-Ch-Ua-Platform", "Sec-Ch-Ua-Mobile");

    public static CleanValueMemo Shared { get; } = new();

    /// <summary>Whether this input's value may be looked up and remembered.</summary>
    public static bool Holds(in RequestInput input) => input.Source == InputSource.Header && DescriptiveHeaders.Contains(input.Name);

    public int Count => _clean.Count;

    public bool IsKnownClean(string value) => value.Length <= MaxChars && _clean.ContainsKey(value);

    public void RememberClean(string value)
    {
        if (value.Length > MaxChars)
        {
            return;
        }

        if (_clean.Count >= MaxEntries)
        {
            _clean.Clear();
        }

        _clean.TryAdd(value, 0);
    }
}
