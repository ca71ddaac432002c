using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Rules.ObjectReferences;

/// <summary>Integer ids in paths make every object one increment away from the next: the first step of BOLA.</summary>
internal sealed class SequentialIdRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1301", "Sequential integer id in the path", "ObjectReferences", ThreatLevel.Low, "CWE-639", Owasp.BrokenObjectLevelAuthorization,
        "Check on every request that the caller may access the object, and prefer random identifiers (UUIDv4/v7) in URLs so objects cannot be enumerated.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (!context.Succeeded)
        {
            return;
        }

        foreach (var input in context.Inputs)
        {
            if (input.Source == InputSource.Path && input.Value.Length is > 0 and <= 12 && input.Value.All(char.IsAsciiDigit))
            {
                findings.Report(input.Location, $"{context.Request.Path}");
                return;
            }
        }
    }
}
