using Vigil.Alerting;
using Vigil.Alerting.Grouping;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Engine;
using Vigil.Core.Capture;
using Vigil.Core.Findings;

namespace Vigil.Simulation.Scoring;

/// <summary>
/// The collector's detection path in process, on event time: request rules → behavioural detectors → alert grouping
/// with the built-in alert rules. Every alert that opens is recorded. Used by the benchmark, <c>vigil simulate</c>
/// and <c>vigil inspect</c>'s replay, so all three reach the findings the live collector would.
/// </summary>
public sealed class OfflineDetection
{
    private static readonly Guid Project = Guid.NewGuid();
    private readonly RuleEngine _rules = new(RuleCatalog.Default);
    private readonly BehaviourEngine _behaviour;
    private readonly AlertGrouper _alerts;

    /// <param name="behaviour">Detector settings; by default the simulated world's (<see cref="Traffic.SimulatedNetworks"/>).</param>
    public OfflineDetection(BehaviourOptions? behaviour = null, AlertingOptions? alerting = null)
    {
        _behaviour = new BehaviourEngine(behaviour ?? Traffic.SimulatedNetworks.Options());
        _alerts = new AlertGrouper(alerting ?? new AlertingOptions(), _behaviour.Clock);
    }

    public List<ObservedAlert> Opened { get; } = [];

    /// <summary>Every behavioural finding, in event order (the request rules' findings stay with their events).</summary>
    public List<Finding> BehaviourFindings { get; } = [];

    public long Events { get; private set; }

    public void Feed(SimulatedExchange simulated) => Feed(simulated.Exchange, $"{simulated.Exchange.Request.Method} {simulated.Exchange.Request.Route}");

    /// <summary>Runs one exchange through every stage; returns its request-rule findings.</summary>
    public IReadOnlyList<Finding> Feed(CapturedExchange exchange, string endpoint)
    {
        var result = _rules.Evaluate(exchange, endpoint);
        var e = BehaviourEventReader.Read(exchange, endpoint, result.Findings, _behaviour.Options);
        Events++;
        foreach (var finding in _behaviour.Observe(e))
        {
            BehaviourFindings.Add(finding);
            Record(_alerts.Apply(Project, finding, e.Client));
        }

        foreach (var finding in result.Findings)
        {
            Record(_alerts.Apply(Project, finding, e.Client));
        }

        return result.Findings;
    }

    private void Record(AlertChange? change)
    {
        if (change is { Kind: AlertChangeKind.Opened } opened)
        {
            Opened.Add(new ObservedAlert(opened.Alert.RuleId, opened.Alert.Subject, opened.Alert.Endpoint, opened.Alert.FirstSeen));
        }
    }
}
