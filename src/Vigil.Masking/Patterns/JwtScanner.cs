namespace Vigil.Masking.Patterns;

/// <summary>
/// JSON Web Tokens (and JWS compact serialisations): <c>eyJ</c> + base64url, <c>.</c>, base64url, <c>.</c>, optional
/// base64url. <c>eyJ</c> is <c>{"</c> in base64, so every JWT header starts with it. An unsigned token (empty
/// signature) still carries its claims, so it is masked too, as is a token cut off at the very end of the text.
/// </summary>
internal static class JwtScanner
{
    // {"alg":"x"} encodes to 15 characters; shorter "headers" are coincidences.
    private const int MinHeaderLength = 10;
    private const int MinPayloadLength = 2;

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf("eyJ", StringComparison.Ordinal);
            if (next < 0)
            {
                return;
            }

            var start = i + next;
            var headerEnd = EndOfSegment(text, start);
            if (headerEnd - start < MinHeaderLength || !IsDot(text, headerEnd))
            {
                // Any later "eyJ" inside this segment ends at the same place and fails the same way: skip it all,
                // which keeps the scan linear on inputs like "eyJeyJeyJ...".
                i = headerEnd;
                continue;
            }

            var payloadEnd = EndOfSegment(text, headerEnd + 1);
            if (payloadEnd - headerEnd - 1 >= MinPayloadLength && payloadEnd == text.Length)
            {
                // Cut off inside the payload by body truncation: the claims are there, the signature is not.
                redactions.Add(start, payloadEnd);
                return;
            }

            if (payloadEnd - headerEnd - 1 < MinPayloadLength || !IsDot(text, payloadEnd))
            {
                i = payloadEnd;
                continue;
            }

            var end = EndOfSegment(text, payloadEnd + 1);
            redactions.Add(start, end);
            i = end;
        }
    }

    private static bool IsDot(ReadOnlySpan<char> text, int index) => index < text.Length && text[index] == '.';

    private static int EndOfSegment(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && IsBase64Url(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
