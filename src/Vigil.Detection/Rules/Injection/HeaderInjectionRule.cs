using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class HeaderInjectionRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1009", "CRLF / header injection attempt", "Injection", ThreatLevel.Medium, "CWE-93", Owasp.SecurityMisconfiguration,
        "Reject CR and LF in any value that reaches a header, a redirect location or a log line; let the framework set headers from validated values.");

    protected override InjectionKind Kind => InjectionKind.Crlf;
}
