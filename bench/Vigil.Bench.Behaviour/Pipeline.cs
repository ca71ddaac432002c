using Vigil.Alerting;
using Vigil.Alerting.Grouping;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Engine;
using Vigil.Simulation;
using Vigil.Simulation.Scoring;

namespace Vigil.Bench.Behaviour;

/// <summary>
/// The collector's detection path in process, on event time: request rules → behavioural detectors → alert grouping
/// with the built-in alert rules. Every alert that opens is recorded.
/// </summary>
internal sealed class Pipeline
{
    private static readonly Guid Project = Guid.NewGuid();
    private readonly RuleEngine _rules = new(RuleCatalog.Default);
    private readonly BehaviourEngine _behaviour = new();
    private readonly AlertGrouper _alerts;

    public Pipeline() => _alerts = new AlertGrouper(new AlertingOptions(), _behaviour.Clock);

    public List<ObservedAlert> Opened { get; } = [];

    public long Events { get; private set; }

    public void Feed(SimulatedExchange simulated)
    {
        var exchange = simulated.Exchange;
        var endpoint = $"{exchange.Request.Method} {exchange.Request.Route}";
        var result = _rules.Evaluate(exchange, endpoint);
        var e = BehaviourEventReader.Read(exchange, endpoint, result.Findings, _behaviour.Options);
        Events++;
        foreach (var finding in _behaviour.Observe(e))
        {
            Record(_alerts.Apply(Project, finding, e.Client));
        }

        foreach (var finding in result.Findings)
        {
            Record(_alerts.Apply(Project, finding, e.Client));
        }
    }

    private void Record(AlertChange? change)
    {
        if (change is { Kind: AlertChangeKind.Opened } opened)
        {
            Opened.Add(new ObservedAlert(opened.Alert.RuleId, opened.Alert.Subject, opened.Alert.Endpoint, opened.Alert.FirstSeen));
        }
    }
}
