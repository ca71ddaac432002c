using System.Text.Json.Serialization;
using Vigil.Core.Capture;

namespace Vigil.Protocol;

/// <summary>The body of <c>POST /v1/ingest</c>: <c>{"events": [...]}</c>.</summary>
public sealed class IngestBatch
{
    [JsonConverter(typeof(BoundedEventListConverter))]
    public List<CapturedExchange> Events { get; set; } = null!;
}
