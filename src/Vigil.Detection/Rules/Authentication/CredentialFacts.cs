using Vigil.Core.Capture;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>Whether and how a request carried credentials (values are masked by now; names and schemes are not).</summary>
internal static class CredentialFacts
{
    private static readonly string[] KeyHeaders = ["X-Api-Key", "Api-Key", "X-Auth-Token", "X-Access-Token", "Ocp-Apim-Subscription-Key"];

    public static bool HasCredentials(CapturedRequest request) =>
        request.User?.Id is not null
        || request.Headers.ContainsKey("Authorization")
        || request.Headers.ContainsKey("Cookie")
        || ApiKeyHeader(request) is not null;

    public static string? ApiKeyHeader(CapturedRequest request)
    {
        foreach (var name in KeyHeaders)
        {
            if (request.Headers.ContainsKey(name))
            {
                return name;
            }
        }

        return null;
    }

    public static string? AuthorizationScheme(CapturedRequest request)
    {
        var value = request.Headers.First("Authorization")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? value : value[..space];
    }
}
