using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class CommandInjectionRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1003", "OS command injection attempt", "Injection", ThreatLevel.High, "CWE-78", Owasp.SecurityMisconfiguration,
        "Never pass request data to a shell: call the program directly with ProcessStartInfo.ArgumentList and an allow-list of values.");

    protected override InjectionKind Kind => InjectionKind.Command;
}
