using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class LdapInjectionAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4006",
        "LDAP injection: request data in an LDAP filter or path",
        "Injection",
        ThreatLevel.High,
        "CWE-90",
        "API8:2023",
        "Escape values for LDAP filters (RFC 4515: \\, *, (, ), NUL) before inserting them, or look the value up by a fixed attribute.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Ldap;

    protected override string Consequence => "the client can change the directory query";
}
