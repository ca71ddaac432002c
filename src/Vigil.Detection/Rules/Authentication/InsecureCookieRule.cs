using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

internal sealed class InsecureCookieRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1104", "Cookie without Secure, HttpOnly or SameSite", "Authentication", ThreatLevel.Low, "CWE-614", Owasp.SecurityMisconfiguration,
        "Set cookies with Secure, HttpOnly and SameSite=Lax or Strict (CookieOptions / CookiePolicyOptions).");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (!context.Response.Headers.TryGetValue("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var parts = cookie.Split(';', StringSplitOptions.TrimEntries);
            var name = parts[0].Split('=')[0];
            var missing = new List<string>(3);
            if (context.IsHttps && !Has(parts, "Secure"))
            {
                missing.Add("Secure");
            }

            if (!Has(parts, "HttpOnly"))
            {
                missing.Add("HttpOnly");
            }

            if (!parts.Any(p => p.StartsWith("SameSite", StringComparison.OrdinalIgnoreCase)))
            {
                missing.Add("SameSite");
            }

            if (missing.Count > 0)
            {
                findings.Report($"response.headers.Set-Cookie.{name}", $"cookie {name} lacks {string.Join(", ", missing)}");
            }
        }
    }

    private static bool Has(string[] parts, string flag) => parts.Any(p => p.Equals(flag, StringComparison.OrdinalIgnoreCase));
}
