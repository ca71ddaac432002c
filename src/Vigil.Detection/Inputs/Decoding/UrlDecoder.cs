using System.Buffers;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Percent-decoding (and <c>+</c> as space, as form encoding does). Byte runs are read as UTF-8 leniently
/// (<see cref="Utf8Escapes"/>). Malformed escapes are kept as text.
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
                    n += lead < 0x80 ? WriteAscii(output, n, lead) : Utf8Escapes.WriteSequence(s, ref i, lead, "%", output, n);
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
}
