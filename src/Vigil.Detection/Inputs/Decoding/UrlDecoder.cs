using System.Buffers;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Percent-decoding (and <c>+</c> as space, as form encoding does). Byte runs are read as UTF-8 leniently:
/// overlong forms such as <c>%c0%ae</c> decode to the ASCII they spell, because some servers (old IIS, some
/// Java stacks) did exactly that and traversal payloads still use it. Malformed escapes are kept as text.
/// </summary>
internal static class UrlDecoder
{
    private static readonly SearchValues<char> PercentOrPlus = SearchValues.Create("%+");

    public static (string Decoded, bool Changed) Decode(string value) => Decode(value, plusAsSpace: true);

    internal static (string Decoded, bool Changed) Decode(string value, bool plusAsSpace)
    {
        ReadOnlySpan<char> s = value;
        int first = plusAsSpace ? s.IndexOfAny(PercentOrPlus) : s.IndexOf('%');
        if (first < 0)
        {
            return (value, false);
        }

        var buffer = new CharBuffer(stackalloc char[CharBuffer.StackSize], s.Length);
        try
        {
            Span<char> output = buffer.Span;
            s[..first].CopyTo(output);
            int n = first;
            bool changed = false;
            int i = first;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '+' && plusAsSpace)
                {
                    output[n++] = ' ';
                    i++;
                    changed = true;
                }
                else if (c == '%' && Hex.TryByte(s, i + 1, out byte lead))
                {
                    changed = true;
                    i += 3;
                    n += lead < 0x80 ? WriteAscii(output, n, lead) : WriteSequence(s, ref i, lead, output, n);
                }
                else
                {
                    output[n++] = c;
                    i++;
                }
            }

            return changed ? (buffer.ToString(n), true) : (value, false);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static int WriteAscii(Span<char> output, int at, byte b)
    {
        output[at] = (char)b;
        return 1;
    }

    // Reads the continuation bytes that follow a multi-byte lead, each itself a %XX escape.
    private static int WriteSequence(ReadOnlySpan<char> s, ref int i, byte lead, Span<char> output, int at)
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
            // A byte that cannot start UTF-8 is read as Latin-1, as servers with a single-byte charset do
            // (MySQL treats %A0 as whitespace there).
            output[at] = (char)lead;
            return 1;
        }

        int codePoint = lead & (0x7F >> (need + 1));
        for (int got = 0; got < need; got++)
        {
            // C0/C1 start only overlong forms; the decoders that honoured them took the low six bits of
            // whatever byte followed (%c0%2e is '.'), so that is what they mean here too.
            bool loose = lead is 0xC0 or 0xC1;
            if (i >= s.Length || s[i] != '%' || !Hex.TryByte(s, i + 1, out byte next) || (!loose && (next & 0xC0) != 0x80))
            {
                output[at] = (char)lead;
                return 1;
            }

            codePoint = (codePoint << 6) | (next & 0x3F);
            if (codePoint > 0x10FFFF)
            {
                codePoint = -1;
            }
            i += 3;
        }

        return Hex.WriteCodePoint(output, at, Math.Max(codePoint, -1));
    }
}
