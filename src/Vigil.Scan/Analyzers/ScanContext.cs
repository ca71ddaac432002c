using Microsoft.CodeAnalysis;
using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers;

/// <summary>What every analyzer sees: the loaded target, its endpoints, the shared taint results (computed once) and the clock.</summary>
internal sealed class ScanContext
{
    private readonly Lazy<IReadOnlyList<TaintHit>> _taint;

    public ScanContext(ScanWorkspace workspace, IReadOnlyList<ScanEndpoint> endpoints, TimeProvider time)
    {
        Workspace = workspace;
        Endpoints = endpoints;
        Time = time;
        _taint = new(() => new TaintEngine(workspace).Run(endpoints));
    }

    public ScanWorkspace Workspace { get; }

    public IReadOnlyList<ScanEndpoint> Endpoints { get; }

    public TimeProvider Time { get; }

    public IReadOnlyList<TaintHit> TaintHits => _taint.Value;

    public Finding Finding(RuleDescriptor rule, Location location, string message, string? endpoint = null, ThreatLevel? threat = null)
    {
        var span = location.GetLineSpan();
        var line = location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Threat = threat ?? rule.DefaultThreat,
            Endpoint = endpoint,
            Message = message,
            Evidence = line is null ? null : EvidenceMask.Apply(line.Length > 160 ? line[..157] + "..." : line),
            Source = new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1),
            Timestamp = Time.GetUtcNow(),
        };
    }
}
