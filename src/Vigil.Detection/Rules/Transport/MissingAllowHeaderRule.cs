using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

/// <summary>RFC 9110 §15.5.6: a 405 MUST list the allowed methods in Allow; an OPTIONS answer should too.</summary>
internal sealed class MissingAllowHeaderRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1208", "405 or OPTIONS without Allow", "Transport", ThreatLevel.Low, "CWE-436", Owasp.SecurityMisconfiguration,
        "Answer 405 Method Not Allowed with an Allow header listing the endpoint's methods (ASP.NET Core routing does "
        + "this for endpoints it matched by path), and include Allow in OPTIONS responses that are not CORS preflights.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Response.Headers.ContainsKey("Allow"))
        {
            return;
        }

        if (context.Response.Status == 405)
        {
            findings.Report("response.headers.Allow", message: "405 Method Not Allowed without an Allow header");
        }
        else if (IsPlainOptions(context) && context.Response.Status is >= 200 and < 300)
        {
            findings.Report("response.headers.Allow", message: "OPTIONS answered without an Allow header");
        }
    }

    // A CORS preflight answers with Access-Control-Allow-Methods instead; Allow is not expected there.
    private static bool IsPlainOptions(RequestContext context) =>
        string.Equals(context.Request.Method, "OPTIONS", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Headers.ContainsKey("Access-Control-Request-Method");
}
