using Vigil.Masking;

namespace Vigil.Collector.Ingest;

/// <summary>
/// One batch's masking of finding texts, each distinct text masked once. The events of a batch repeat the same
/// endpoints, locations and hygiene messages on every event (four low findings per event on the ingest bench), and
/// masking a text depends on nothing but the text and the masker. Bounded to <see cref="MaxEntries"/> texts;
/// past that, texts are masked without being remembered.
/// </summary>
internal sealed class FindingTextMasks(Masker masker)
{
    public const int MaxEntries = 4096;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _names = new(StringComparer.Ordinal);

    public string Text(string text)
    {
        if (_texts.TryGetValue(text, out var masked))
        {
            return masked;
        }

        masked = masker.MaskText(text);
        if (_texts.Count < MaxEntries)
        {
            _texts[text] = masked;
        }

        return masked;
    }

    public bool IsSensitiveName(string name)
    {
        if (_names.TryGetValue(name, out var sensitive))
        {
            return sensitive;
        }

        sensitive = masker.IsSensitiveName(name);
        if (_names.Count < MaxEntries)
        {
            _names[name] = sensitive;
        }

        return sensitive;
    }
}
