using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan;

/// <summary>What one scan found: the inventory, the findings, every rule that ran, and how much source was read.</summary>
public sealed record ScanResult(
    IReadOnlyList<ScanEndpoint> Endpoints,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleDescriptor> Rules,
    int Files,
    int Lines,
    IReadOnlyList<string> Warnings);
