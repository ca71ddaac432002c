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
    IReadOnlyList<string> Warnings)
{
    /// <summary>Where the time went (parse, endpoints, taint, endpoint rules, configuration rules), for the benchmark.</summary>
    public IReadOnlyList<ScanPhase> Phases { get; init; } = [];
}

/// <summary>One stage of a scan and its wall-clock duration (measured with a stopwatch, not the clock).</summary>
public sealed record ScanPhase(string Name, TimeSpan Elapsed);
