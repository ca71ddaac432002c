using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

internal sealed class MissingRateLimitHeadersRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1204", "No rate-limit headers", "Transport", ThreatLevel.Low, "CWE-770", Owasp.UnrestrictedResourceConsumption,
        "Rate-limit the API (ASP.NET Core AddRateLimiter) and tell clients their budget with RateLimit-Limit/RateLimit-Remaining "
        + "(IETF) or X-RateLimit-* headers, and Retry-After on 429.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (!context.Succeeded)
        {
            return;
        }

        foreach (var name in context.Response.Headers.Keys)
        {
            if (name.StartsWith("RateLimit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        findings.Report("response.headers", message: "no RateLimit-* or X-RateLimit-* header on a successful response");
    }
}
