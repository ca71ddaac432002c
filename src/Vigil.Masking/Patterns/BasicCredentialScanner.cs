namespace Vigil.Masking.Patterns;

/// <summary>
/// <c>Basic &lt;base64(user:password)&gt;</c> anywhere in text, such as a forwarded or logged Authorization header.
/// The token is masked only when it decodes to something with a colon, which is what a credential is and what
/// English after the word "basic" ("Basic plan") almost never decodes to.
/// </summary>
internal static class BasicCredentialScanner
{
    private const string Word = "basic";
    private const int MinTokenLength = 4;

    // Credentials are short; decoding more than this only costs time.
    private const int MaxDecodedLength = 1024;

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf(Word, StringComparison.OrdinalIgnoreCase);
            if (next < 0)
            {
                return;
            }

            var pos = i + next + Word.Length;
            var tokenStart = pos;
            while (tokenStart < text.Length && text[tokenStart] is ' ' or '\t')
            {
                tokenStart++;
            }

            var end = tokenStart;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '+' or '/' or '='))
            {
                end++;
            }

            var token = text[tokenStart..end];
            if (tokenStart > pos && token.Length >= MinTokenLength && (end == text.Length && token.Length >= 8 || IsCredential(token)))
            {
                redactions.Add(tokenStart, end);
            }

            i = Math.Max(end, pos);
        }
    }

    private static bool IsCredential(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxDecodedLength * 4 / 3)
        {
            return true;
        }

        Span<byte> decoded = stackalloc byte[token.Length];
        return Convert.TryFromBase64Chars(token, decoded, out var written) && decoded[..written].Contains((byte)':');
    }
}
