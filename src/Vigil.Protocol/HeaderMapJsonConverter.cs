using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Capture;

namespace Vigil.Protocol;

/// <summary>Headers on the wire: <c>{"name": "value"}</c> or <c>{"name": ["v1", "v2"]}</c>.</summary>
public sealed class HeaderMapJsonConverter : JsonConverter<HeaderMap>
{
    public override HeaderMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("headers must be an object of strings or string arrays");
        }

        var map = new HeaderMap();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            map[name] = ReadValues(ref reader);
        }

        return map;
    }

    private static string[] ReadValues(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a header value must be a string or an array of strings");
        }

        var values = new List<string>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("a header value must be a string or an array of strings");
            }

            values.Add(reader.GetString()!);
        }

        return [.. values];
    }

    public override void Write(Utf8JsonWriter writer, HeaderMap value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, values) in value)
        {
            if (values.Length == 1)
            {
                writer.WriteString(name, values[0]);
                continue;
            }

            writer.WriteStartArray(name);
            foreach (var v in values)
            {
                writer.WriteStringValue(v);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
