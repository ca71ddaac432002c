using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class CrossSiteScriptingRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1002", "Cross-site scripting payload", "Injection", ThreatLevel.Medium, "CWE-79", Owasp.SecurityMisconfiguration,
        "Encode output for its context (Razor does this by default), return JSON with Content-Type application/json and X-Content-Type-Options: nosniff, and set a Content-Security-Policy; never reflect raw input into HTML.");

    protected override InjectionKind Kind => InjectionKind.Xss;
}
