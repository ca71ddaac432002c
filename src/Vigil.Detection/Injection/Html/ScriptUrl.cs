using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// URLs that run script or render attacker markup when navigated to or loaded: <c>javascript:</c>,
/// <c>vbscript:</c>, and <c>data:</c> with an HTML, SVG or XML type. Read the way browsers read a URL
/// attribute: leading whitespace and control characters are dropped, and tabs and newlines inside the
/// scheme are ignored (<c>jav&#x09;ascript:</c>).
/// </summary>
internal static class ScriptUrl
{
    public enum Kind
    {
        None,
        Script,
        Data,
    }

    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "livescript", "mocha"];

    private static readonly string[] ActiveDataTypes =
        ["text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/xml", "text/javascript", "application/javascript", "application/x-shockwave-flash"];

    /// <summary>Classifies a URL and returns where the script (or data) begins after the scheme.</summary>
    public static Kind Classify(ReadOnlySpan<char> url, out int bodyStart)
    {
        bodyStart = 0;
        int i = 0;
        // C0 controls and spaces are stripped by the URL parser; payload lists also try the Unicode spaces
        // (U+2000…U+200A, U+3000), BOM and U+180E (a space before Unicode 6.3) that older engines skipped.
        while (i < url.Length && (url[i] <= ' ' || url[i] == '`' || url[i] is '\uFEFF' or '\u200B' or '\u180E' || (url[i] > 0x7F && char.IsWhiteSpace(url[i]))))
        {
            i++;
        }

        Span<char> scheme = stackalloc char[16];
        int n = 0;
        for (; i < url.Length && n < scheme.Length; i++)
        {
            char c = url[i];
            if (c < ' ')
            {
                // Tabs and newlines are stripped from URLs by every browser; other controls were by some.
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            scheme[n++] = char.ToLowerInvariant(c);
        }

        if (i >= url.Length || url[i] != ':')
        {
            return Kind.None;
        }

        bodyStart = i + 1;
        ReadOnlySpan<char> name = scheme[..n];
        foreach (string s in ScriptSchemes)
        {
            if (name.SequenceEqual(s))
            {
                return Kind.Script;
            }
        }

        if (name.SequenceEqual("data"))
        {
            ReadOnlySpan<char> rest = url[bodyStart..].TrimStart();
            foreach (string type in ActiveDataTypes)
            {
                if (rest.StartsWith(type, StringComparison.OrdinalIgnoreCase))
                {
                    return Kind.Data;
                }
            }
        }

        return Kind.None;
    }

    /// <summary>
    /// The text inside a base64 <c>data:</c> URL of any declared type (<c>data:x;base64,PHNjcmlwdD4…</c>), for
    /// documents that sniff or are told to render it; null when the URL is not one or is not UTF-8 text.
    /// </summary>
    public static string? Base64Body(ReadOnlySpan<char> url)
    {
        const int MaxBody = 8192;
        url = url.Trim();
        int comma = url.IndexOf(',');
        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0 ||
            !url[..comma].Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        ReadOnlySpan<char> body = url[(comma + 1)..];
        body = body[..Math.Min(body.Length, MaxBody)].TrimEnd("\"' ");
        byte[] bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(body.Length);
        try
        {
            if (!Convert.TryFromBase64Chars(body, bytes, out int written))
            {
                return null;
            }

            try
            {
                return Utf8Strict.GetString(bytes, 0, written);
            }
            catch (System.Text.DecoderFallbackException)
            {
                return null;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>True when the attribute value is a script URL with a body, or an active data URL.</summary>
    public static bool IsDangerous(ReadOnlySpan<char> value)
    {
        Kind kind = Classify(value, out int body);
        return kind == Kind.Data || (kind == Kind.Script && !value[body..].Trim().IsEmpty);
    }

    /// <summary>
    /// For a whole value used as a link target, a bare scheme is not enough ("JavaScript: the good parts"):
    /// the body must read as script that does something.
    /// </summary>
    public static bool IsDangerousLink(ReadOnlySpan<char> value)
    {
        Kind kind = Classify(value, out int body);
        if (kind == Kind.Data)
        {
            ReadOnlySpan<char> rest = value[body..];
            return rest.Contains(',');
        }

        return kind == Kind.Script && JsFragment.Read(value[body..]).Acts;
    }
}
