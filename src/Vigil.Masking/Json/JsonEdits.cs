using System.Text;

namespace Vigil.Masking.Json;

/// <summary>
/// Replacements spliced into the UTF-8 copy of a JSON body, in document order. Everything between edits is copied
/// back unchanged, which is what keeps the customer's formatting, key order and number spellings intact.
/// </summary>
internal struct JsonEdits
{
    /// <summary>The JSON string <c>"****"</c>, used for any value under a sensitive name whatever its type.</summary>
    public const string QuotedRedacted = "\"" + Masker.Redacted + "\"";

    private List<(int Start, int End, string Replacement)>? _edits;

    public readonly bool Any => _edits is { Count: > 0 };

    public void Add(long start, long end, string replacement) => (_edits ??= []).Add(((int)start, (int)end, replacement));

    /// <summary>Adds an edit for a token seen earlier, replacing any edit already made to that same token.</summary>
    public void Replace(long start, long end, string replacement)
    {
        _edits?.RemoveAll(e => e.Start == start);
        Add(start, end, replacement);
    }

    /// <summary>
    /// The edited document. <paramref name="original"/> is used directly when it is pure ASCII (byte offsets are
    /// then char offsets); otherwise the unchanged UTF-8 segments are decoded, always at token boundaries.
    /// </summary>
    public readonly string Apply(string original, ReadOnlySpan<byte> utf8)
    {
        if (_edits is not { Count: > 0 } edits)
        {
            return original;
        }

        // Edits arrive in document order except the few made for a token seen earlier (NameValuePairs).
        edits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var ascii = utf8.Length == original.Length;
        var builder = new StringBuilder(original.Length);
        var written = 0;
        foreach (var (start, end, replacement) in edits)
        {
            Append(builder, original, utf8, written, start, ascii);
            builder.Append(replacement);
            written = end;
        }

        Append(builder, original, utf8, written, utf8.Length, ascii);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string original, ReadOnlySpan<byte> utf8, int start, int end, bool ascii)
    {
        if (end <= start)
        {
            return;
        }

        if (ascii)
        {
            builder.Append(original, start, end - start);
        }
        else
        {
            builder.Append(Encoding.UTF8.GetString(utf8[start..end]));
        }
    }
}
