using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

/// <summary>HSTS on HTTPS, nosniff on every body, framing and CSP protection on HTML.</summary>
internal sealed class MissingSecurityHeadersRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1202", "Security response headers missing", "Transport", ThreatLevel.Low, "CWE-693", Owasp.SecurityMisconfiguration,
        "Send Strict-Transport-Security on HTTPS, X-Content-Type-Options: nosniff on every response, and on HTML also "
        + "Content-Security-Policy with frame-ancestors (or X-Frame-Options: DENY).");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var response = context.Response;
        var headers = response.Headers;
        if (context.IsHttps && !headers.ContainsKey("Strict-Transport-Security"))
        {
            findings.Report("response.headers.Strict-Transport-Security", message: "HTTPS response without HSTS");
        }

        if (ResponseFacts.HasBody(response) && !"nosniff".Equals(headers.First("X-Content-Type-Options")?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            findings.Report("response.headers.X-Content-Type-Options", message: "body served without X-Content-Type-Options: nosniff");
        }

        if (!ResponseFacts.IsHtml(response))
        {
            return;
        }

        var csp = headers.First("Content-Security-Policy");
        if (csp is null)
        {
            findings.Report("response.headers.Content-Security-Policy", message: "HTML served without Content-Security-Policy");
        }

        if (!headers.ContainsKey("X-Frame-Options") && csp?.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase) != true)
        {
            findings.Report("response.headers.X-Frame-Options", message: "HTML can be framed (clickjacking): no X-Frame-Options or frame-ancestors");
        }
    }
}
