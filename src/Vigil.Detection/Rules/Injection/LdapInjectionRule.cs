using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class LdapInjectionRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1006", "LDAP injection attempt", "Injection", ThreatLevel.High, "CWE-90", Owasp.SecurityMisconfiguration,
        "Escape values for LDAP filters (RFC 4515: * ( ) \\ NUL) or use an allow-list; never concatenate request data into a filter.");

    protected override InjectionKind Kind => InjectionKind.Ldap;
}
