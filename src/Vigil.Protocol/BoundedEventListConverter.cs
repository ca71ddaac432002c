using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Capture;

namespace Vigil.Protocol;

/// <summary>Reads the <c>events</c> array and stops at <see cref="ProtocolLimits.MaxEventsPerBatch"/> + 1 (see <see cref="BoundedJsonArray"/>).</summary>
internal sealed class BoundedEventListConverter : JsonConverter<List<CapturedExchange>>
{
    public override List<CapturedExchange> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        BoundedJsonArray.Read<CapturedExchange>(
            ref reader, options, "events", ProtocolLimits.MaxEventsPerBatch,
            static () => new JsonException($"events holds more than {ProtocolLimits.MaxEventsPerBatch} events; send smaller batches"));

    public override void Write(Utf8JsonWriter writer, List<CapturedExchange> value, JsonSerializerOptions options) =>
        BoundedJsonArray.Write(writer, value, options);
}
