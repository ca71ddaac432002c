using Vigil.Collector.Scans;
using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Events;
using Vigil.OpenApi.Validation;
using Vigil.Detection.Engine;
using Vigil.Inventory.Traffic;
using Vigil.Masking;
using Vigil.Collector.Settings;
using Vigil.Storage;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Readies validated events for storage: names the endpoint, runs the request rules (on the event as the sender
/// masked it), masks again (a sender may be an old SDK or a hand-written client) and masks every finding's endpoint, location,
/// message and evidence,
/// so nothing stored can hold a secret.
/// </summary>
internal sealed class EventPreparer(Masker masker, RuleEngine rules, FindingFeedThrottle feed, CollectorOptions options, FindingLinker linker)
{
    private long _contractFailures;

    /// <summary>Events whose contract check threw: they were stored without contract findings, never dropped.</summary>
    public long ContractFailures => Interlocked.Read(ref _contractFailures);

    /// <param name="contract">The project's spec, when one is attached: every event is also held to it (VG31xx findings).</param>
    /// <param name="project">The project's own masking rules and IP lists, when it has any.</param>
    /// <param name="scan">The project's latest uploaded source scan: findings are linked to their handler and escalated (<see cref="FindingLinker"/>).</param>
    public List<EventWrite> Prepare(Guid projectId, IReadOnlyList<CapturedExchange> events, ContractValidator? contract = null, ProjectRuntime? project = null, ScanIndex? scan = null)
    {
        var (mask, engine) = (project?.Masker ?? masker, project?.Rules ?? rules);
        var writes = new List<EventWrite>(events.Count);
        var findingMasks = new FindingTextMasks(mask);
        foreach (var exchange in events)
        {
            exchange.Id ??= Guid.CreateVersion7(exchange.Timestamp);
            exchange.Request.Method = exchange.Request.Method.ToUpperInvariant();
            var endpoint = EndpointNamer.For(exchange.Request.Method, exchange.Request.Path, exchange.Request.Route);
            if (exchange.Request.Route is null)
            {
                // Named by templating the raw path, which may hold a token (/auth/magic/eyJ…): the name is stored,
                // shown and alerted, so it gets the masking the path itself gets below.
                endpoint = endpoint with { Route = mask.MaskText(endpoint.Route) };
            }

            var endpointName = endpoint.ToString();
            var result = engine.Evaluate(exchange, endpointName);
            var clientKey = ClientIdentity.KeyFingerprint(exchange.Request, options.Behaviour.FingerprintSecret);
            var broken = ValidateContract(contract, exchange, endpointName);
            mask.MaskExchange(exchange);
            var findings = result.Findings.Concat(broken).Select(f => FindingMasking.Mask(findingMasks, linker.Link(f, scan))).ToList();
            var threat = findings.Count == 0 ? result.Threat : (ThreatLevel)Math.Max((int)result.Threat, (int)findings.Max(f => f.Threat));
            var stored = new StoredEvent(projectId, exchange, endpoint, threat) { Findings = findings, ClientKey = clientKey };
            writes.Add(new EventWrite(stored, feed.ForFeed(projectId, findings)));
        }

        return writes;
    }

    /// <summary>The batch these writes came from was not stored: its findings were never fed.</summary>
    public void Withdraw(Guid projectId, IReadOnlyList<EventWrite> writes) => feed.Withdraw(projectId, writes.SelectMany(w => w.Feed));

    // One event's contract check failing must not cost the batch (a 500 loses every event in it).
    private IReadOnlyList<Finding> ValidateContract(ContractValidator? contract, CapturedExchange exchange, string endpoint)
    {
        try
        {
            return contract?.Validate(exchange, endpoint) ?? [];
        }
#pragma warning disable CA1031 // Any validator bug: store the event without contract findings and count it.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _contractFailures);
            return [];
        }
    }
}
