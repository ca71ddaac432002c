using System.Collections.Concurrent;

namespace Vigil.Detection.Engine;

/// <summary>
/// Values every injection detector has already cleared, in every decoded form. The verdicts depend on the value
/// alone, and the same short values come back on request after request (a client's User-Agent, Referer, enum-like
/// JSON fields): on the ingest bench's events the User-Agent's nine-detector pass was most of the injection rules'
/// cost. Only values no detector flagged are held, so a hit is always computed afresh. Bounded: values up to
/// <see cref="MaxChars"/> characters, at most <see cref="MaxEntries"/> of them; when full it starts over, so
/// hostile churn costs what having no memo costs.
/// </summary>
internal sealed class CleanValueMemo
{
    public const int MaxChars = 256;
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, byte> _clean = new(StringComparer.Ordinal);

    public static CleanValueMemo Shared { get; } = new();

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
