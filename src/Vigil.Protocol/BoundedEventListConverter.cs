using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Capture;

namespace Vigil.Protocol;

/// <summary>
/// Reads the <c>events</c> array and stops at <see cref="ProtocolLimits.MaxEventsPerBatch"/> + 1: a small gzip body
/// can inflate to millions of <c>{}</c> events, which must be refused before they are built, not counted afterwards.
/// </summary>
internal sealed class BoundedEventListConverter : JsonConverter<List<CapturedExchange>>
{
    public override List<CapturedExchange> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("events must be an array of events");
        }

        var itemInfo = (JsonTypeInfo<CapturedExchange>)options.GetTypeInfo(typeof(CapturedExchange));
        var events = new List<CapturedExchange>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (events.Count == ProtocolLimits.MaxEventsPerBatch)
            {
                throw new JsonException($"events holds more than {ProtocolLimits.MaxEventsPerBatch} events; send smaller batches");
            }

            try
            {
                events.Add(JsonSerializer.Deserialize(ref reader, itemInfo)!);
            }
            catch (JsonException inner)
            {
                // The nested call reports paths from the event ("$.id"); senders need them from the batch.
                var within = inner.Path is { Length: > 1 } path ? path[1..] : "";
                throw new JsonException(inner.Message, $"$.events[{events.Count}]{within}", inner.LineNumber, inner.BytePositionInLine, inner);
            }
        }

        return events;
    }

    public override void Write(Utf8JsonWriter writer, List<CapturedExchange> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<CapturedExchange>)options.GetTypeInfo(typeof(CapturedExchange));
        writer.WriteStartArray();
        foreach (var e in value)
        {
            JsonSerializer.Serialize(writer, e, itemInfo);
        }

        writer.WriteEndArray();
    }
}
