using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class PathTraversalRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1004", "Path traversal attempt", "Injection", ThreatLevel.High, "CWE-22", Owasp.SecurityMisconfiguration,
        "Map user input to an allow-list of file names or ids; if a path must be built, combine it with a fixed root, canonicalise with Path.GetFullPath and check that it still starts with the root.");

    protected override InjectionKind Kind => InjectionKind.PathTraversal;
}
