using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Crlf;

/// <summary>
/// CRLF injection into HTTP headers: a line break in the value followed by a response header line
/// (<c>\r\nSet-Cookie: …</c>, <c>\nLocation: …</c>), a status line, or a blank line and a body
/// (response splitting). Header names are checked against the ones that matter, because a multi-line
/// review may well contain "\nNote: …". U+560A/U+560D are included: some stacks keep only the low byte.
/// </summary>
internal static class CrlfInjectionDetector
{
    public const string HeaderInjection = "header-injection";
    public const string ResponseSplitting = "response-splitting";

    private const int MaxHeaderName = 64;

    private static readonly FrozenSet<string> Headers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "set-cookie", "set-cookie2", "location", "content-type", "content-length", "content-disposition",
        "content-encoding", "content-security-policy", "content-security-policy-report-only", "refresh",
        "x-xss-protection", "x-frame-options", "x-content-type-options", "access-control-allow-origin",
        "access-control-allow-credentials", "access-control-allow-headers", "access-control-allow-methods",
        "cache-control", "pragma", "expires", "link", "transfer-encoding", "connection", "host", "cookie",
        "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "strict-transport-security", "www-authenticate",
        "proxy-authenticate", "authorization", "vary", "etag", "last-modified", "server", "status", "retry-after",
        "upgrade", "keep-alive", "x-powered-by", "referer", "origin", "x-original-url", "x-rewrite-url");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderLookup = Headers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        int i = value.IndexOfAny("\r\n\u560A\u560D");
        while (i >= 0 && i < value.Length)
        {
            int lineStart = i;
            int breaks = 0;
            while (lineStart < value.Length && value[lineStart] is '\r' or '\n' or '\u560A' or '\u560D')
            {
                breaks += value[lineStart] is '\n' or '\u560A' ? 1 : 0;
                lineStart++;
            }

            ReadOnlySpan<char> line = value[lineStart..];
            if (line.StartsWith("HTTP/1.", StringComparison.OrdinalIgnoreCase) || (breaks >= 2 && line.TrimStart().StartsWith('<')))
            {
                return Verdict(ResponseSplitting);
            }

            int colon = line[..Math.Min(line.Length, MaxHeaderName)].IndexOf(':');
            if (colon > 0 && HeaderLookup.Contains(line[..colon].TrimEnd()))
            {
                return Verdict(HeaderInjection);
            }

            int next = lineStart < value.Length ? value[lineStart..].IndexOfAny("\r\n\u560A\u560D") : -1;
            i = next < 0 ? -1 : lineStart + next;
        }

        return InjectionVerdict.Clean;
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Crlf, reason, InjectionContext.Raw);
}
