namespace Vigil.Captures.Har;

/// <summary>
/// Browsers spell the protocol differently: Chrome writes <c>http/2.0</c> or <c>h3</c>, Firefox <c>HTTP/2</c>, and
/// cached or blocked entries have an empty string. The exchange uses the SDK's spelling: <c>HTTP/1.1</c>, <c>HTTP/2</c>.
/// </summary>
internal static class HttpVersions
{
    public static string Normalise(string? version)
    {
        var v = version?.Trim().ToLowerInvariant() ?? "";
        if (v.StartsWith("http/", StringComparison.Ordinal))
        {
            v = v[5..];
        }

        return v switch
        {
            "2" or "2.0" or "h2" or "h2c" => "HTTP/2",
            "3" or "3.0" or "h3" => "HTTP/3",
            _ when v.StartsWith("h3-", StringComparison.Ordinal) => "HTTP/3",
            "1.0" => "HTTP/1.0",
            "0.9" => "HTTP/0.9",
            _ => "HTTP/1.1",
        };
    }
}
