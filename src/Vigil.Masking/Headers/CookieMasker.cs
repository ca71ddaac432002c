using System.Text;

namespace Vigil.Masking.Headers;

/// <summary>
/// Cookie headers keep their shape: names stay (which cookies a client sends is useful to detection), values go.
/// <c>Cookie: a=1; b=2</c> becomes <c>a=****; b=****</c>; <c>Set-Cookie</c> keeps its attributes because later
/// rules check them (<c>sid=****; Path=/; Secure; HttpOnly; SameSite=Lax</c>).
/// </summary>
internal static class CookieMasker
{
    public static string MaskCookie(string value)
    {
        var builder = new StringBuilder(value.Length);
        var rest = value.AsSpan();
        while (true)
        {
            var semicolon = rest.IndexOf(';');
            var pair = semicolon < 0 ? rest : rest[..semicolon];
            AppendMaskedPair(builder, pair);
            if (semicolon < 0)
            {
                return builder.ToString();
            }

            builder.Append(';');
            rest = rest[(semicolon + 1)..];
        }
    }

    public static string MaskSetCookie(string value)
    {
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var builder = new StringBuilder(value.Length);
        AppendMaskedPair(builder, semicolon < 0 ? value : value.AsSpan(0, semicolon));
        return builder.Append(semicolon < 0 ? "" : value.AsSpan(semicolon)).ToString();
    }

    private static void AppendMaskedPair(StringBuilder builder, ReadOnlySpan<char> pair)
    {
        if (pair.IsWhiteSpace())
        {
            builder.Append(pair);
            return;
        }

        var equals = pair.IndexOf('=');
        if (equals < 0)
        {
            // A nameless cookie is all value; keep only the leading space that separated it.
            var leading = pair.Length - pair.TrimStart().Length;
            builder.Append(pair[..leading]).Append(Masker.Redacted);
            return;
        }

        builder.Append(pair[..(equals + 1)]);
        if (!pair[(equals + 1)..].IsWhiteSpace())
        {
            builder.Append(Masker.Redacted);
        }
    }
}
