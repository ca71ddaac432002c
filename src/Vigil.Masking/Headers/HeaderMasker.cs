using Vigil.Masking.Names;
using Vigil.Masking.Text;

namespace Vigil.Masking.Headers;

/// <summary>
/// One header value: sensitive names are masked whole, except that credentials keep their scheme
/// (<c>Bearer ****</c>) and cookies keep their names and attributes. Every other value gets text masking.
/// </summary>
internal sealed class HeaderMasker(SensitiveNames names, TextMasker text)
{
    // Auth schemes are short tokens (Bearer, Basic, Digest, AWS4-HMAC-SHA256); anything longer is the credential itself.
    private const int MaxSchemeLength = 32;

    public string Mask(string name, string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (names.IsSensitive(name))
        {
            if (names.IsExactly(name, "cookie"))
            {
                return CookieMasker.MaskCookie(value);
            }

            if (names.IsExactly(name, "setcookie"))
            {
                return CookieMasker.MaskSetCookie(value);
            }

            if (names.IsExactly(name, "authorization") || names.IsExactly(name, "proxyauthorization"))
            {
                return KeepScheme(value);
            }

            return Masker.Redacted;
        }

        // A challenge ("Bearer realm=..., error_description=...") names schemes but carries no credential.
        var isChallenge = name.Equals("WWW-Authenticate", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Proxy-Authenticate", StringComparison.OrdinalIgnoreCase);
        return text.Mask(value, includeAuthSchemes: !isChallenge) ?? value;
    }

    private static string KeepScheme(string value)
    {
        var trimmed = value.AsSpan().TrimStart();
        var space = trimmed.IndexOfAny(' ', '\t');
        if (space <= 0 || space > MaxSchemeLength || trimmed[space..].IsWhiteSpace() || !IsToken(trimmed[..space]))
        {
            return Masker.Redacted;
        }

        return string.Concat(trimmed[..space], " ", Masker.Redacted);
    }

    private static bool IsToken(ReadOnlySpan<char> scheme)
    {
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '+' or '!' or '#' or '$' or '%' or '&' or '*' or '^' or '`' or '|' or '~'))
            {
                return false;
            }
        }

        return true;
    }
}
