using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Events;
using Vigil.OpenApi.Validation;
using Vigil.Detection.Engine;
using Vigil.Inventory.Traffic;
using Vigil.Masking;
using Vigil.Storage;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Readies validated events for storage: names the endpoint, runs the request rules (on the event as the sender
/// masked it), masks again (a sender may be an old SDK or a hand-written client) and masks every finding's evidence,
/// so nothing stored can hold a secret.
/// </summary>
internal sealed class EventPreparer(Masker masker, RuleEngine rules, FindingFeedThrottle feed, CollectorOptions options)
{
    /// <param name="contract">The project's spec, when one is attached: every event is also held to it (VG31xx findings).</param>
    public List<EventWrite> Prepare(Guid projectId, IReadOnlyList<CapturedExchange> events, ContractValidator? contract = null)
    {
        var writes = new List<EventWrite>(events.Count);
        foreach (var exchange in events)
        {
            exchange.Id ??= Guid.CreateVersion7(exchange.Timestamp);
            exchange.Request.Method = exchange.Request.Method.ToUpperInvariant();
            var endpoint = EndpointNamer.For(exchange.Request.Method, exchange.Request.Path, exchange.Request.Route);
            var result = rules.Evaluate(exchange, endpoint.ToString());
            var clientKey = ClientIdentity.KeyFingerprint(exchange.Request, options.Behaviour.FingerprintSecret);
            var broken = contract?.Validate(exchange) ?? [];
            masker.MaskExchange(exchange);
            var findings = result.Findings.Concat(broken).Select(f => f.Evidence is null ? f : f with { Evidence = masker.MaskText(f.Evidence) }).ToList();
            var threat = broken.Count == 0 ? result.Threat : (ThreatLevel)Math.Max((int)result.Threat, (int)broken.Max(f => f.Threat));
            var stored = new StoredEvent(projectId, exchange, endpoint, threat) { Findings = findings, ClientKey = clientKey };
            writes.Add(new EventWrite(stored, feed.ForFeed(projectId, findings)));
        }

        return writes;
    }
}
