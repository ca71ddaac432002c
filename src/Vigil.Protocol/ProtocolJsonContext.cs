using System.Text.Json.Serialization;
using Vigil.Core.Capture;

namespace Vigil.Protocol;

/// <summary>Source-generated (reflection-free, trimming-safe) JSON for the wire types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(HeaderMapJsonConverter)],
    MaxDepth = 64)]
[JsonSerializable(typeof(IngestBatch))]
[JsonSerializable(typeof(CapturedExchange))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext
{
}
