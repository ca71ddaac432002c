namespace Vigil.Masking.Patterns;

/// <summary>
/// The password in a URL's user-info (<c>postgres://app:s3cret@db/orders</c>), which shows up in error messages
/// and logged connection strings. The user name is kept; only the part after the colon is masked.
/// </summary>
internal static class UrlCredentialScanner
{
    // RFC 3986 puts no limit on user-info; real ones are short, and the bound keeps the scan linear.
    private const int MaxUserInfoLength = 256;

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf("://", StringComparison.Ordinal);
            if (next < 0)
            {
                return;
            }

            var start = i + next + 3;
            var limit = Math.Min(text.Length, start + MaxUserInfoLength);
            var colon = -1;
            var pos = start;
            while (pos < limit && IsUserInfo(text[pos]))
            {
                if (text[pos] == ':' && colon < 0)
                {
                    colon = pos;
                }

                pos++;
            }

            if (colon >= 0 && pos < text.Length && text[pos] == '@')
            {
                redactions.Add(colon + 1, pos);
            }

            i = start;
        }
    }

    private static bool IsUserInfo(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '%' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':';
}
