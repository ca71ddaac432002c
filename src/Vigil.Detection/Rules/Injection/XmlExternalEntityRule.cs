using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class XmlExternalEntityRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1007", "XML external entity (XXE) payload", "Injection", ThreatLevel.High, "CWE-611", Owasp.SecurityMisconfiguration,
        "Parse XML with DTD processing prohibited (XmlReaderSettings.DtdProcessing = Prohibit, XmlResolver = null); prefer JSON.");

    protected override InjectionKind Kind => InjectionKind.Xxe;
}
