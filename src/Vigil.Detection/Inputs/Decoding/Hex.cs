namespace Vigil.Detection.Inputs.Decoding;

/// <summary>Hex digit helpers shared by the decoders.</summary>
internal static class Hex
{
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Two hex digits at <paramref name="at"/>, if both are present.</summary>
    public static bool TryByte(ReadOnlySpan<char> s, int at, out byte value)
    {
        value = 0;
        if (at + 1 >= s.Length)
        {
            return false;
        }

        int hi = Value(s[at]);
        int lo = Value(s[at + 1]);
        if (hi < 0 || lo < 0)
        {
            return false;
        }

        value = (byte)((hi << 4) | lo);
        return true;
    }

    /// <summary>Exactly <paramref name="digits"/> hex digits at <paramref name="at"/>.</summary>
    public static bool TryFixed(ReadOnlySpan<char> s, int at, int digits, out int value)
    {
        value = 0;
        if (at + digits > s.Length)
        {
            return false;
        }

        for (int i = 0; i < digits; i++)
        {
            int d = Value(s[at + i]);
            if (d < 0)
            {
                value = 0;
                return false;
            }

            value = (value << 4) | d;
        }

        return true;
    }

    /// <summary>Writes a code point as one or two UTF-16 units; anything invalid becomes U+FFFD.</summary>
    public static int WriteCodePoint(Span<char> dest, int at, int codePoint)
    {
        if (codePoint <= 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            dest[at] = '\uFFFD';
            return 1;
        }

        if (codePoint < 0x10000)
        {
            dest[at] = (char)codePoint;
            return 1;
        }

        codePoint -= 0x10000;
        dest[at] = (char)(0xD800 + (codePoint >> 10));
        dest[at + 1] = (char)(0xDC00 + (codePoint & 0x3FF));
        return 2;
    }
}
