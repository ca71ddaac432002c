using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

/// <summary>A taint rule is its descriptor plus its sink kind; the engine runs once and each rule takes its own hits.</summary>
internal abstract class TaintAnalyzer : IScanAnalyzer
{
    public abstract RuleDescriptor Descriptor { get; }

    protected abstract SinkKind Kind { get; }

    /// <summary>What reaching the sink lets an attacker do, for the message.</summary>
    protected abstract string Consequence { get; }

    public IEnumerable<Finding> Analyze(ScanContext context) =>
        context.TaintHits.Where(h => h.Kind == Kind).Select(h => context.Finding(
            Descriptor,
            h.Location,
            $"Request data reaches {h.Sink} via `{h.Argument}`: {Consequence}.",
            h.Endpoint));
}
