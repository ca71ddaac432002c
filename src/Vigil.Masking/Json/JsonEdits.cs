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

    /// <summary>
    /// The edited document as UTF-8: unchanged byte segments copied as they are, replacements encoded. Same splicing
    /// rules as <see cref="Apply"/>, so the result is the UTF-8 of what it returns.
    /// </summary>
    public readonly byte[] ApplyUtf8(ReadOnlySpan<byte> utf8)
    {
        var edits = _edits ?? [];
        edits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var result = new byte[Splice(utf8, edits, default)];
        Splice(utf8, edits, result);
        return result;
    }

    /// <summary>Writes the edited document into <paramref name="output"/> (when not empty); returns its length.</summary>
    private static int Splice(ReadOnlySpan<byte> utf8, List<(int Start, int End, string Replacement)> edits, Span<byte> output)
    {
        var length = 0;
        var written = 0;
        foreach (var (start, end, replacement) in edits)
        {
            if (start > written)
            {
                length += Copy(utf8[written..start], output, length);
            }

            length += output.IsEmpty ? Encoding.UTF8.GetByteCount(replacement) : Encoding.UTF8.GetBytes(replacement, output[length..]);
            written = end;
        }

        if (utf8.Length > written)
        {
            length += Copy(utf8[written..], output, length);
        }

        return length;
    }

    private static int Copy(ReadOnlySpan<byte> segment, Span<byte> output, int at)
    {
        if (!output.IsEmpty)
        {
            segment.CopyTo(output[at..]);
        }

        return segment.Length;
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
