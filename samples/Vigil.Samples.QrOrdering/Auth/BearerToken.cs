using Microsoft.Extensions.Primitives;

namespace Vigil.Samples.QrOrdering.Auth;

internal static class BearerToken
{
    private const string Prefix = "Bearer ";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null when there is none.</summary>
    public static string? From(StringValues authorization)
    {
        var header = authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Prefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }
}
