using Vigil.Core.Findings;
using Vigil.Scan.Analyzers;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;

namespace Vigil.Scan;

/// <summary>
/// <c>vigil scan</c>'s engine: load PATH without building it, list its endpoints, run every analyzer.
/// Never throws for bad input: unreadable files and projects become warnings.
/// </summary>
public sealed class Scanner(TimeProvider time)
{
    public ScanResult Scan(string path, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var input = ScanInput.Resolve(path);
        progress?.Report(new ScanProgress("found", input.Files.Count, input.Files.Count));
        var workspace = ScanWorkspace.Load(input, progress, cancellationToken);
        return Scan(workspace, progress, cancellationToken);
    }

    internal ScanResult Scan(ScanWorkspace workspace, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var endpoints = EndpointInventory.Build(workspace);
        progress?.Report(new ScanProgress("endpoints", endpoints.Count, endpoints.Count));
        cancellationToken.ThrowIfCancellationRequested();
        var context = new ScanContext(workspace, endpoints, time);
        var findings = new List<Finding>();
        foreach (var analyzer in AnalyzerCatalog.Default.Analyzers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(analyzer.Analyze(context));
        }

        var ordered = findings
            .DistinctBy(f => (f.RuleId, f.Source, f.Message))
            .OrderBy(f => f.Source?.File, StringComparer.Ordinal).ThenBy(f => f.Source?.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new ScanResult(endpoints, ordered, AnalyzerCatalog.Default.Descriptors, workspace.Trees.Count, workspace.Lines, workspace.Warnings);
    }
}
