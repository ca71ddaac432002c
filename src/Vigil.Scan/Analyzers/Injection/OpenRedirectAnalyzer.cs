using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class OpenRedirectAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4005",
        "Open redirect: request data as a redirect target",
        "Injection",
        ThreatLevel.Medium,
        "CWE-601",
        "API8:2023",
        "Use LocalRedirect, or check Url.IsLocalUrl(target) before redirecting; for external targets, map an identifier to a fixed URL.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Redirect;

    protected override string Consequence => "the client can send users to any site with your domain's credibility";
}
