namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Decodes a run of escaped bytes (<c>%E2%80%A8</c>, <c>\xE2\x80\xA8</c>) as UTF-8, leniently: overlong forms
/// decode to the ASCII they spell (old IIS and some Java stacks did exactly that, so traversal payloads still
/// use <c>%c0%ae</c>), and a byte that cannot start a sequence is read as Latin-1, as single-byte charsets do.
/// </summary>
internal static class Utf8Escapes
{
    /// <summary>
    /// <paramref name="lead"/> (≥ 0x80) was read just before <paramref name="i"/>; continuation bytes follow as
    /// further escapes spelled with <paramref name="prefix"/>. Writes one code point and returns the chars written.
    /// </summary>
    public static int WriteSequence(ReadOnlySpan<char> s, ref int i, byte lead, ReadOnlySpan<char> prefix, Span<char> output, int at)
    {
        // 5- and 6-byte forms are not UTF-8 any more, but their overlong spellings of ASCII were accepted by
        // the same lenient decoders, so they are read the same way.
        int need = lead switch
        {
            >= 0xFE => 0,
            >= 0xFC => 5,
            >= 0xF8 => 4,
            >= 0xF0 => 3,
            >= 0xE0 => 2,
            >= 0xC0 => 1,
            _ => 0,
        };
        if (need == 0)
        {
            output[at] = (char)lead;
            return 1;
        }

        // C0/C1 start only overlong forms; the decoders that honoured them took the low six bits of whatever
        // byte followed (%c0%2e is '.'), so that is what they mean here too.
        bool loose = lead is 0xC0 or 0xC1;
        int codePoint = lead & (0x7F >> (need + 1));
        for (int got = 0; got < need; got++)
        {
            int hexAt = i + prefix.Length;
            if (!s[i..].StartsWith(prefix, StringComparison.Ordinal) || !Hex.TryByte(s, hexAt, out byte next) ||
                (!loose && (next & 0xC0) != 0x80))
            {
                output[at] = (char)lead;
                return 1;
            }

            codePoint = codePoint > 0x10FFFF ? -1 : (codePoint << 6) | (next & 0x3F);
            i = hexAt + 2;
        }

        return Hex.WriteCodePoint(output, at, codePoint > 0x10FFFF ? -1 : codePoint);
    }
}
