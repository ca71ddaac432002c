using System.Collections.Concurrent;
using Vigil.Core.Capture;
using Vigil.Core.Findings;

namespace Vigil.Detection.Engine;

/// <summary>
/// Runs every rule of a catalog over one exchange. A rule that throws is contained: the other rules still run,
/// and the failure is reported once per rule (a <c>VG1000</c> finding on the first event it happened on) rather
/// than on every event.
/// </summary>
public sealed class RuleEngine(RuleCatalog catalog)
{
    public static readonly RuleDescriptor RuleFailure = new(
        "VG1000", "A detection rule failed", "Engine", ThreatLevel.None, null, null,
        "Report this as a Vigil bug with the rule id; the other rules kept running.");

    private readonly ConcurrentDictionary<string, bool> _failedRules = new(StringComparer.Ordinal);

    public RuleCatalog Catalog => catalog;

    public EngineResult Evaluate(CapturedExchange exchange, string endpoint)
    {
        var context = new RequestContext(exchange, endpoint);
        var sink = new FindingSink(context);
        foreach (var rule in catalog.Rules)
        {
            sink.Begin(rule.Descriptor);
            try
            {
                rule.Evaluate(context, sink);
            }
            catch (Exception ex)
            {
                if (_failedRules.TryAdd(rule.Descriptor.Id, true))
                {
                    sink.Begin(RuleFailure);
                    sink.Report($"rule {rule.Descriptor.Id}", message: $"{rule.Descriptor.Id} threw {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        var threat = ThreatLevel.None;
        foreach (var f in sink.Findings)
        {
            threat = f.Threat > threat ? f.Threat : threat;
        }

        return new EngineResult(sink.Findings, threat);
    }
}

/// <summary>The findings on one exchange and its threat level: the highest of its findings'.</summary>
public sealed record EngineResult(IReadOnlyList<Finding> Findings, ThreatLevel Threat);
