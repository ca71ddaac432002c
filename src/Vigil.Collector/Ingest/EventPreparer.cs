using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Inventory.Traffic;
using Vigil.Masking;
using Vigil.Storage;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Readies validated events for storage: masks them again (a sender may be an old SDK, another language's SDK
/// or a hand-written client), gives every event an id, and names its endpoint.
/// </summary>
internal sealed class EventPreparer(Masker masker)
{
    public List<EventWrite> Prepare(Guid projectId, IReadOnlyList<CapturedExchange> events)
    {
        var writes = new List<EventWrite>(events.Count);
        foreach (var exchange in events)
        {
            exchange.Id ??= Guid.CreateVersion7(exchange.Timestamp);
            exchange.Request.Method = exchange.Request.Method.ToUpperInvariant();
            masker.MaskExchange(exchange);
            var endpoint = EndpointNamer.For(exchange.Request.Method, exchange.Request.Path, exchange.Request.Route);
            writes.Add(new EventWrite(new StoredEvent(projectId, exchange, endpoint, ThreatLevel.None), []));
        }

        return writes;
    }
}
