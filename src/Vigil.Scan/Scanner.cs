using System.Diagnostics;
using Vigil.Core.Findings;
using Vigil.Scan.Analyzers;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;
using Vigil.Scan.Loading.MSBuild;

namespace Vigil.Scan;

/// <summary>
/// <c>vigil scan</c>'s engine: load PATH without building it, list its endpoints, run every analyzer.
/// Never throws for bad input: unreadable files and projects become warnings.
/// </summary>
/// <param name="parallelism">Threads the scan may use; 0 = one per core, 1 = all on the caller's thread. The output is the same either way.</param>
public sealed class Scanner(TimeProvider time, int parallelism = 0)
{
    /// <summary>Every VG4xxx rule the scan runs, for <c>vigil rules</c> and the docs.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules => AnalyzerCatalog.Default.Descriptors;

    public ScanResult Scan(string path, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var input = ScanInput.Resolve(path);
        progress?.Report(new ScanProgress("found", input.Files.Count, input.Files.Count));
        var watch = Stopwatch.StartNew();
        var workspace = ScanWorkspace.Load(input, progress, cancellationToken, parallelism);
        var result = Scan(workspace, progress, cancellationToken);
        return result with { Phases = [new("parse", watch.Elapsed - result.Phases.Aggregate(TimeSpan.Zero, (a, p) => a + p.Elapsed)), .. result.Phases] };
    }

    /// <summary>
    /// <c>--msbuild</c>: the same analysis over the projects as MSBuild loads them (packages resolved). Null result and
    /// an error when the SDK, an evaluation or a restore is missing; MSBuild's own messages go to the warnings.
    /// </summary>
    /// <param name="log">Each project load step (evaluate, build, resolve), as it happens.</param>
    public async Task<(ScanResult? Result, string? Error)> ScanWithMsBuildAsync(string path, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var load = await MsBuildLoader.LoadAsync(path, parallelism, log, cancellationToken).ConfigureAwait(false);
        if (load.Workspace is null)
        {
            return (null, load.Error);
        }

        var loaded = watch.Elapsed;
        var result = Scan(load.Workspace, null, cancellationToken);
        return (result with { Phases = [new("msbuild load", loaded), .. result.Phases] }, null);
    }

    internal ScanResult Scan(ScanWorkspace workspace, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (workspace.Parallel.MaxDegreeOfParallelism != (parallelism > 0 ? parallelism : Environment.ProcessorCount))
        {
            workspace = workspace.WithParallelism(parallelism);
        }

        var watch = Stopwatch.StartNew();
        var phases = new List<ScanPhase>();
        var endpoints = EndpointInventory.Build(workspace);
        phases.Add(new("endpoints", watch.Elapsed));
        progress?.Report(new ScanProgress("endpoints", endpoints.Count, endpoints.Count));
        cancellationToken.ThrowIfCancellationRequested();
        var context = new ScanContext(workspace, endpoints, time);
        var findings = new List<Finding>();
        foreach (var analyzer in AnalyzerCatalog.Default.Analyzers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            watch.Restart();
            findings.AddRange(analyzer.Analyze(context));
            // The first taint rule pays for the shared taint run; name the phase after what costs.
            var phase = analyzer.Descriptor.Id == "VG4001" ? "taint" : analyzer.Descriptor.Id.StartsWith("VG42", StringComparison.Ordinal) ? "configuration rules" : "endpoint rules";
            phases.Add(new(phase, watch.Elapsed));
        }

        var ordered = findings
            .DistinctBy(f => (f.RuleId, f.Source, f.Message))
            .OrderBy(f => f.Source?.File, StringComparer.Ordinal).ThenBy(f => f.Source?.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var merged = phases.GroupBy(p => p.Name).Select(g => new ScanPhase(g.Key, g.Aggregate(TimeSpan.Zero, (a, p) => a + p.Elapsed))).ToList();
        return new ScanResult(endpoints, ordered, AnalyzerCatalog.Default.Descriptors, workspace.Trees.Count, workspace.Lines, workspace.Warnings) { Phases = merged };
    }
}
