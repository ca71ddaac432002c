using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class TemplateInjectionRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1010", "Server-side template injection attempt", "Injection", ThreatLevel.High, "CWE-1336", Owasp.SecurityMisconfiguration,
        "Never compile templates from request data; pass user input only as template data to a sandboxed engine.");

    protected override InjectionKind Kind => InjectionKind.Ssti;
}
