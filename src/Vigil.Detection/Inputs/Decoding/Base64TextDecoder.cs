using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Decodes a value only when it is clearly base64 of text worth inspecting: the whole value is in one base64
/// alphabet, it decodes to valid UTF-8 without control characters, and the text is JSON or carries the
/// metacharacters injections need. Random tokens, hashes and key material decode to bytes that are not valid
/// UTF-8 text, so they are left alone and cost one scan.
/// </summary>
internal static class Base64TextDecoder
{
    internal const int MinLength = 12;
    internal const int MaxLength = 64 * 1024;

    private static readonly SearchValues<char> StandardAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    private static readonly SearchValues<char> UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly SearchValues<byte> Interesting = SearchValues.Create("'\"<>;()`$|&{"u8);

    public static (string Decoded, bool Changed) Decode(string value)
    {
        ReadOnlySpan<char> s = value;
        if (s.Length is < MinLength or > MaxLength)
        {
            return (value, false);
        }

        ReadOnlySpan<char> body = s.TrimEnd('=');
        if (s.Length - body.Length > 2 || body.Length % 4 == 1)
        {
            return (value, false);
        }

        bool standard = !body.ContainsAnyExcept(StandardAlphabet);
        bool url = !standard && !body.ContainsAnyExcept(UrlAlphabet);
        if (!standard && !url)
        {
            return (value, false);
        }

        byte[] bytes = ArrayPool<byte>.Shared.Rent((body.Length * 3 / 4) + 3);
        try
        {
            int written = DecodeBody(body, url, bytes);
            if (written <= 0)
            {
                return (value, false);
            }

            ReadOnlySpan<byte> decoded = bytes.AsSpan(0, written);
            return LooksLikeText(decoded) ? (Encoding.UTF8.GetString(decoded), true) : (value, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static int DecodeBody(ReadOnlySpan<char> body, bool url, byte[] bytes)
    {
        int padded = (body.Length + 3) / 4 * 4;
        char[] chars = ArrayPool<char>.Shared.Rent(padded);
        try
        {
            Span<char> normal = chars.AsSpan(0, padded);
            body.CopyTo(normal);
            if (url)
            {
                normal[..body.Length].Replace('-', '+');
                normal[..body.Length].Replace('_', '/');
            }

            normal[body.Length..].Fill('=');
            return Convert.TryFromBase64Chars(normal, bytes, out int written) ? written : -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> decoded)
    {
        if (!Utf8.IsValid(decoded))
        {
            return false;
        }

        foreach (byte b in decoded)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r')
            {
                return false;
            }
        }

        ReadOnlySpan<byte> trimmed = decoded.TrimStart(" \t\r\n"u8);
        bool json = !trimmed.IsEmpty && (trimmed[0] == (byte)'{' || trimmed[0] == (byte)'[');
        return json || decoded.ContainsAny(Interesting) || decoded.IndexOf("../"u8) >= 0;
    }
}
