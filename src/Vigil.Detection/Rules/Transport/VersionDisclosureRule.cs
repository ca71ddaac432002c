using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

internal sealed class VersionDisclosureRule : IRequestRule
{
    private static readonly string[] Headers = ["Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version"];

    public RuleDescriptor Descriptor { get; } = new(
        "VG1203", "Server or framework version disclosed", "Transport", ThreatLevel.Low, "CWE-200", Owasp.SecurityMisconfiguration,
        "Remove version headers: Kestrel AddServerHeader = false, <httpRuntime enableVersionHeader=\"false\"/>, and strip X-Powered-By at the proxy.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        foreach (var name in Headers)
        {
            var value = context.Response.Headers.First(name);
            // "Server: Kestrel" names a product; a digit means a version an attacker can match to known CVEs.
            if (value is not null && (name != "Server" || value.Any(char.IsAsciiDigit)))
            {
                findings.Report($"response.headers.{name}", $"{name}: {value}");
            }
        }
    }
}
