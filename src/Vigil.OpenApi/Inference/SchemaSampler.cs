using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Vigil.OpenApi.Inference;

/// <summary>
/// Learns a JSON schema from sample values: the types seen, per-property presence counts (a property present in
/// every sample object is required), array item shapes, and a string format when every sample has it. Bounded:
/// depth 10, 200 properties per object, the first 20 items of each array. Masked values (<c>****</c>) count as
/// strings without a format.
/// </summary>
internal sealed class SchemaSampler
{
    private const int MaxDepth = 10;
    private const int MaxProperties = 200;
    private const int MaxItemsSampled = 20;

    private readonly Dictionary<string, SchemaSampler> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _presence = new(StringComparer.Ordinal);
    private JsonSchemaType _types;
    private int _objects;
    private int _strings;
    private string? _format;
    private bool _formatBroken;
    private SchemaSampler? _items;

    public int Samples { get; private set; }

    public void Add(JsonNode? value, int depth = 0)
    {
        Samples++;
        if (depth > MaxDepth)
        {
            return;
        }

        switch (value?.GetValueKind() ?? JsonValueKind.Null)
        {
            case JsonValueKind.Null:
                _types |= JsonSchemaType.Null;
                break;
            case JsonValueKind.True or JsonValueKind.False:
                _types |= JsonSchemaType.Boolean;
                break;
            case JsonValueKind.Number:
                _types |= value!.AsValue().TryGetValue<long>(out _) || IsWhole(value) ? JsonSchemaType.Integer : JsonSchemaType.Number;
                break;
            case JsonValueKind.String:
                _types |= JsonSchemaType.String;
                AddString(value!.GetValue<string>());
                break;
            case JsonValueKind.Array:
                _types |= JsonSchemaType.Array;
                _items ??= new SchemaSampler();
                foreach (var item in value!.AsArray().Take(MaxItemsSampled))
                {
                    _items.Add(item, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                _types |= JsonSchemaType.Object;
                _objects++;
                foreach (var (name, child) in value!.AsObject())
                {
                    if (!_properties.TryGetValue(name, out var sampler))
                    {
                        if (_properties.Count >= MaxProperties) continue;
                        sampler = new SchemaSampler();
                        _properties[name] = sampler;
                    }

                    _presence[name] = _presence.GetValueOrDefault(name) + 1;
                    sampler.Add(child, depth + 1);
                }

                break;
        }
    }

    /// <summary>Adds a text value (a query or path parameter) as the JSON type it looks like.</summary>
    public void AddText(string text) => Add(
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l)
        : text is "true" or "false" ? JsonValue.Create(text == "true")
        : JsonValue.Create(text));

    public OpenApiSchema Build()
    {
        var schema = new OpenApiSchema { Type = _types == 0 ? null : Collapse(_types) };
        if (_format is not null && !_formatBroken && _strings > 0)
        {
            schema.Format = _format;
        }

        if (_items is not null)
        {
            schema.Items = _items.Build();
        }

        if (_properties.Count > 0)
        {
            schema.Properties = _properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => (IOpenApiSchema)p.Value.Build());
            schema.Required = new HashSet<string>(_presence.Where(p => p.Value == _objects).Select(p => p.Key).Order(StringComparer.Ordinal));
        }

        return schema;
    }

    // Integer and number together are a number; anything else stays a union (3.1 allows type arrays).
    private static JsonSchemaType Collapse(JsonSchemaType t) =>
        t.HasFlag(JsonSchemaType.Integer) && t.HasFlag(JsonSchemaType.Number) ? t & ~JsonSchemaType.Integer : t;

    private static bool IsWhole(JsonNode value) => value.AsValue().TryGetValue<double>(out var d) && Math.Floor(d) == d && Math.Abs(d) < 1e15;

    private void AddString(string s)
    {
        _strings++;
        var format = s.Contains("****", StringComparison.Ordinal) ? null
            : Guid.TryParseExact(s, "D", out _) ? "uuid"
            : s.Length >= 20 && s.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) ? "date-time"
            : s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? "date"
            : null;
        if (format is null || _format is not null && _format != format)
        {
            _formatBroken = true;
        }

        _format ??= format;
    }
}
