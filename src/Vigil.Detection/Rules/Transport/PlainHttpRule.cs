using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

internal sealed class PlainHttpRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1201", "API served over plain HTTP", "Transport", ThreatLevel.Medium, "CWE-319", Owasp.SecurityMisconfiguration,
        "Serve the API only over HTTPS (UseHttpsRedirection, HSTS) and terminate TLS before any untrusted network.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        // Loopback traffic never crosses a network; flagging it would only teach people to ignore the rule.
        if (!context.IsHttps && !ResponseFacts.IsLoopback(context.Request.Host))
        {
            findings.Report("request.scheme", $"http://{context.Request.Host}{context.Request.Path}");
        }
    }
}
