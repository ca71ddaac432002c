using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Protocol;

/// <summary>
/// Reads and writes a JSON array of <typeparamref name="T"/> for a converter that must refuse it at
/// <c>max</c> + 1 entries while reading: a small gzip body can inflate to millions of <c>{}</c>, which must be refused
/// before they are built, not counted afterwards. Errors inside an entry are reported from the document
/// (<c>$.events[3].id</c>), not from the entry (<c>$.id</c>).
/// </summary>
public static class BoundedJsonArray
{
    public static List<T> Read<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string name, int max, Func<JsonException> tooMany)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"{name} must be an array");
        }

        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == max)
            {
                throw tooMany();
            }

            try
            {
                items.Add(JsonSerializer.Deserialize(ref reader, itemInfo)!);
            }
            catch (JsonException inner)
            {
                var within = inner.Path is { Length: > 1 } path ? path[1..] : "";
                throw new JsonException(inner.Message, $"$.{name}[{items.Count}]{within}", inner.LineNumber, inner.BytePositionInLine, inner);
            }
        }

        return items;
    }

    public static void Write<T>(Utf8JsonWriter writer, IEnumerable<T> value, JsonSerializerOptions options)
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
