using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

internal sealed class PermissiveCorsRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1205", "Permissive CORS policy", "Transport", ThreatLevel.High, "CWE-942", Owasp.SecurityMisconfiguration,
        "List allowed origins explicitly (WithOrigins); never combine AllowCredentials with a wildcard or with reflecting the request's Origin.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var allowed = context.Response.Headers.First("Access-Control-Allow-Origin")?.Trim();
        if (allowed is null)
        {
            return;
        }

        var credentials = "true".Equals(context.Response.Headers.First("Access-Control-Allow-Credentials")?.Trim(), StringComparison.OrdinalIgnoreCase);
        var origin = context.Request.Headers.First("Origin");
        if (allowed == "*" && credentials)
        {
            findings.Report("response.headers.Access-Control-Allow-Origin", "Access-Control-Allow-Origin: * with credentials");
        }
        else if (allowed == "null" && credentials)
        {
            findings.Report("response.headers.Access-Control-Allow-Origin", "Access-Control-Allow-Origin: null with credentials (sandboxed iframes and file: pages)");
        }
        else if (origin is not null && origin == allowed && credentials && !IsSameSite(origin, context.Request.Host))
        {
            findings.Report("response.headers.Access-Control-Allow-Origin", $"origin {origin} reflected with credentials",
                message: "the request's Origin is echoed back with credentials allowed; if any origin is echoed, any site can read this API as the user",
                threat: ThreatLevel.Medium);
        }
    }

    private static bool IsSameSite(string origin, string host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase);
}
