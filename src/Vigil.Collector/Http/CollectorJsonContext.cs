using System.Text.Json.Serialization;
using Vigil.Collector.Http;
using Vigil.Collector.ReadApi;
using Vigil.Protocol;

namespace Vigil.Collector;

/// <summary>Source-generated JSON for everything the collector answers; names are camelCase and stable.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(HeaderMapJsonConverter)])]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(IngestAccepted))]
[JsonSerializable(typeof(EventListView))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(EndpointListView))]
[JsonSerializable(typeof(FindingListView))]
internal sealed partial class CollectorJsonContext : JsonSerializerContext
{
}

/// <summary>The 202 body of <c>POST /v1/ingest</c>.</summary>
public sealed record IngestAccepted(int Accepted, int Stored);
