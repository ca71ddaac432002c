using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers;

/// <summary>One source rule: its descriptor and the findings it raises over a loaded target. Discovered by reflection.</summary>
internal interface IScanAnalyzer
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Analyze(ScanContext context);
}
