using System.Collections.Concurrent;
using Vigil.Masking;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Remembers finding texts that masking left unchanged. The same rule on the same endpoint reports the same
/// endpoint, location and message on every event (the bench's events carry four such findings each), and masking
/// is a pure function of the text, so a text seen clean is clean again. Only clean texts are kept: a text that
/// held a secret is never held here, and always goes through the masker.
/// </summary>
internal sealed class CleanTextCache(Masker masker)
{
    private const int MaxEntries = 4_096;
    private const int MaxChars = 256;
    private readonly ConcurrentDictionary<string, bool> _clean = new(StringComparer.Ordinal);

    public string? Mask(string? text)
    {
        if (text is null || _clean.ContainsKey(text))
        {
            return text;
        }

        var masked = masker.MaskText(text);
        if (text.Length <= MaxChars && string.Equals(masked, text, StringComparison.Ordinal))
        {
            if (_clean.Count >= MaxEntries)
            {
                _clean.Clear(); // unbounded variety (ids in messages): start over rather than grow
            }

            _clean.TryAdd(text, true);
        }

        return masked;
    }
}
