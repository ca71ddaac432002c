namespace Vigil.Captures.Har;

/// <summary>
/// Splits a HAR request URL into the exchange's parts by hand rather than through <see cref="Uri"/>, which would
/// decode or re-encode the path and drop what rules look for (<c>%2e%2e/</c>, double encoding).
/// </summary>
internal static class HarUrl
{
    public readonly record struct Parts(string Scheme, string Host, string Path, string Query);

    /// <summary>The lower-cased scheme, or null when the URL has none.</summary>
    public static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : url[..colon].ToLowerInvariant();
    }

    public static bool TrySplit(string url, out Parts parts)
    {
        parts = default;
        var scheme = SchemeOf(url);
        if (scheme is null || !url.AsSpan(scheme.Length).StartsWith("://", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = url.AsSpan(scheme.Length + 3);
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            rest = rest[..hash];
        }

        var authorityEnd = rest.IndexOfAny('/', '?');
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            // user:password@ belongs to no header; keeping it in Host would put a credential where none is expected.
            authority = authority[(at + 1)..];
        }

        if (authority.IsEmpty)
        {
            return false;
        }

        var target = authorityEnd < 0 ? [] : rest[authorityEnd..];
        var question = target.IndexOf('?');
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? [] : target[(question + 1)..];
        parts = new(scheme, authority.ToString(), path.IsEmpty ? "/" : path.ToString(), query.ToString());
        return true;
    }
}
