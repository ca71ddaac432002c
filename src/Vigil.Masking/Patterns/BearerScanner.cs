namespace Vigil.Masking.Patterns;

/// <summary>
/// <c>Bearer &lt;token&gt;</c> anywhere in text (a logged header, an error message). The word is kept, the token
/// (RFC 6750 token68) is masked. Tokens shorter than 8 characters are left alone unless they end the text
/// (truncation may have cut them): real tokens are long, and "the bearer of the card" is English.
/// </summary>
internal static class BearerScanner
{
    private const string Word = "bearer";
    private const int MinTokenLength = 8;

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

            if (tokenStart == pos)
            {
                i = pos;
                continue;
            }

            var end = tokenStart;
            while (end < text.Length && IsToken68(text[end]))
            {
                end++;
            }

            while (end < text.Length && text[end] == '=')
            {
                end++;
            }

            // A token running into the end of the text may have been cut short by body truncation.
            if (end - tokenStart >= MinTokenLength || (end == text.Length && end > tokenStart))
            {
                redactions.Add(tokenStart, end);
            }

            i = Math.Max(end, pos);
        }
    }

    private static bool IsToken68(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/';
}
