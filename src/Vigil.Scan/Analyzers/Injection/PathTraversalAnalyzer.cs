using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class PathTraversalAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4003",
        "Path traversal: request data in a file path",
        "Injection",
        ThreatLevel.High,
        "CWE-22",
        "API8:2023",
        "Reduce the value to a file name with Path.GetFileName, combine it with a fixed folder, and check the full path still starts with that folder.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.FilePath;

    protected override string Consequence => "the client can read or write files outside the intended folder";
}
