using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Collector.Scans;

/// <summary>
/// Reads a JSON array and refuses it at <see cref="Max"/> + 1 entries while reading: 16 KB of gzip inflates to
/// millions of <c>{}</c>, which must not be built (≈460 MB) before the validator counts them.
/// </summary>
internal abstract class BoundedListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    protected abstract int Max { get; }

    /// <summary>The property this list is read for, so errors inside an entry name it: <c>endpoints[3].line</c>.</summary>
    protected abstract string Name { get; }

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("must be an array");
        }

        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == Max)
            {
                throw new TooManyEntriesException($"has more than {Max} entries; at most {Max} are accepted");
            }

            try
            {
                items.Add(JsonSerializer.Deserialize(ref reader, itemInfo)!);
            }
            catch (JsonException inner)
            {
                // The nested call reports paths from the entry ("$.line"); uploaders need them from the document.
                var within = inner.Path is { Length: > 1 } path ? path[1..] : "";
                throw new JsonException(inner.Message, $"$.{Name}[{items.Count}]{within}", inner.LineNumber, inner.BytePositionInLine, inner);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A bounded list was longer than allowed; its message is meant for the uploader as it stands.</summary>
internal sealed class TooManyEntriesException(string message) : JsonException(message);

internal sealed class ScannedEndpointsConverter : BoundedListConverter<ScannedEndpoint>
{
    protected override int Max => ScanValidator.MaxEndpoints;

    protected override string Name => "endpoints";
}

internal sealed class ScannedFindingsConverter : BoundedListConverter<ScannedFinding>
{
    protected override int Max => ScanValidator.MaxFindings;

    protected override string Name => "findings";
}
