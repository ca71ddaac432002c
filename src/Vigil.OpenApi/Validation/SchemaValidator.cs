using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Vigil.OpenApi.Loading;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// Checks a JSON value against an OpenAPI schema: type, enum, length, pattern, common formats, bounds, required
/// and undeclared properties, array items. Values already masked by the SDK (containing <c>****</c>) are not
/// judged. Bounded: at most <see cref="MaxViolations"/> per value, depth <see cref="MaxDepth"/>, 1,000 items per array,
/// and <see cref="SchemaRun.DefaultBudget"/> schema × node visits per value (see <see cref="SchemaRun"/>).
/// </summary>
internal static class SchemaValidator
{
    public const int MaxViolations = 20;
    private const int MaxDepth = 32;
    private const int MaxItems = 1000;
    private const string MaskMarker = "****";

    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <returns>The run: visits spent and whether the work budget ran out (the rest of the value passed unjudged).</returns>
    public static SchemaRun Validate(JsonNode? value, IOpenApiSchema schema, string pointer, List<Violation> into, bool reportUnknown, SchemaRun? run = null)
    {
        run ??= new SchemaRun();
        Check(value, schema, pointer, into, reportUnknown, 0, run);
        return run;
    }

    private static void Check(JsonNode? value, IOpenApiSchema schema, string pointer, List<Violation> into, bool reportUnknown, int depth, SchemaRun run)
    {
        if (into.Count >= MaxViolations || depth > MaxDepth || !run.Spend())
        {
            return;
        }

        schema = run.Resolve(schema);
        if (value is null)
        {
            if (schema.Type is { } t && (t & JsonSchemaType.Null) == 0 && !IsNullable(schema))
            {
                into.Add(new(pointer, $"null where the schema expects {Describe(t)}"));
            }

            return;
        }

        foreach (var part in schema.AllOf ?? [])
        {
            Check(value, part, pointer, into, reportUnknown: false, depth + 1, run);
        }

        var alternatives = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).ToList();
        if (alternatives.Count > 0 && !alternatives.Any(a => !Alternatives.Excludes(value, run.Resolve(a)) && Passes(value, a, depth, run)))
        {
            into.Add(new(pointer, "matches none of the schema's oneOf/anyOf alternatives"));
        }

        var kind = value.GetValueKind();
        if (schema.Type is { } type && !TypeMatches(kind, value, type))
        {
            into.Add(new(pointer, $"{Name(kind)} where the schema expects {Describe(type)}"));
            return;
        }

        switch (kind)
        {
            case JsonValueKind.String:
                CheckString(value.GetValue<string>(), schema, pointer, into);
                break;
            case JsonValueKind.Number:
                CheckNumber(Number(value), schema, pointer, into);
                break;
            case JsonValueKind.Object:
                CheckObject(value.AsObject(), schema, pointer, into, reportUnknown && alternatives.Count == 0, depth, run);
                break;
            case JsonValueKind.Array:
                CheckArray(value.AsArray(), schema, pointer, into, reportUnknown, depth, run);
                break;
        }

        if (schema.Enum is { Count: > 0 } values && !values.Any(e => JsonNode.DeepEquals(e, value)) && !IsMasked(value))
        {
            into.Add(new(pointer, $"not one of the {values.Count} values the schema's enum allows"));
        }
    }

    /// <summary>A path, query or header value (always text) checked as the type its schema declares.</summary>
    public static void ValidateText(string text, IOpenApiSchema schema, string pointer, List<Violation> into) =>
        Validate(Coerce(text, schema.Type), schema, pointer, into, reportUnknown: false);

    internal static JsonNode? Coerce(string text, JsonSchemaType? type)
    {
        var t = (type ?? JsonSchemaType.String) & ~JsonSchemaType.Null;
        if (t.HasFlag(JsonSchemaType.Integer) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (t.HasFlag(JsonSchemaType.Number) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return JsonValue.Create(d);
        if (t.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(text, out var b)) return JsonValue.Create(b);
        if (t.HasFlag(JsonSchemaType.Array)) return new JsonArray([.. text.Split(',').Select(JsonNode? (s) => JsonValue.Create(s))]);
        return JsonValue.Create(text);
    }

    private static bool Passes(JsonNode value, IOpenApiSchema schema, int depth, SchemaRun run)
    {
        if (run.TryGetPasses(value, schema, out var known))
        {
            return known;
        }

        var probe = new List<Violation>();
        Check(value, schema, "", probe, reportUnknown: false, depth + 1, run);
        run.RememberPasses(value, schema, probe.Count == 0);
        return probe.Count == 0;
    }

    private static void CheckString(string s, IOpenApiSchema schema, string pointer, List<Violation> into)
    {
        if (s.Contains(MaskMarker, StringComparison.Ordinal))
        {
            return;
        }

        if (schema.MaxLength is { } max && s.Length > max) into.Add(new(pointer, $"{s.Length} characters, more than maxLength {max}"));
        if (schema.MinLength is { } min && s.Length < min) into.Add(new(pointer, $"{s.Length} characters, fewer than minLength {min}"));
        if (schema.Pattern is { } p && Pattern(p) is { } regex && !regex.IsMatch(s)) into.Add(new(pointer, $"does not match the pattern {p}"));
        if (schema.Format is { } f && !FormatMatches(f, s)) into.Add(new(pointer, $"is not a valid {f}"));
    }

    private static void CheckNumber(double n, IOpenApiSchema schema, string pointer, List<Violation> into)
    {
        if (Bound(schema.Minimum) is { } min && n < min) into.Add(new(pointer, $"below the minimum {min.ToString(CultureInfo.InvariantCulture)}"));
        if (Bound(schema.Maximum) is { } max && n > max) into.Add(new(pointer, $"above the maximum {max.ToString(CultureInfo.InvariantCulture)}"));
        if (Bound(schema.ExclusiveMinimum) is { } xmin && n <= xmin) into.Add(new(pointer, $"not above the exclusive minimum {xmin.ToString(CultureInfo.InvariantCulture)}"));
        if (Bound(schema.ExclusiveMaximum) is { } xmax && n >= xmax) into.Add(new(pointer, $"not below the exclusive maximum {xmax.ToString(CultureInfo.InvariantCulture)}"));
        if (schema.Format == "int32" && (n < int.MinValue || n > int.MaxValue)) into.Add(new(pointer, "outside the int32 range"));
    }

    private static void CheckObject(JsonObject o, IOpenApiSchema schema, string pointer, List<Violation> into, bool reportUnknown, int depth, SchemaRun run)
    {
        foreach (var name in schema.Required ?? new HashSet<string>())
        {
            if (!o.ContainsKey(name)) into.Add(new(PointerText.Child(pointer, name), "a required property is missing"));
        }

        var known = KnownProperties(schema);
        foreach (var (name, child) in o)
        {
            var childPointer = PointerText.Child(pointer, name);
            if (known.TryGetValue(name, out var propertySchema))
            {
                Check(child, propertySchema, childPointer, into, reportUnknown, depth + 1, run);
            }
            else if (schema.AdditionalProperties is { } extra)
            {
                Check(child, extra, childPointer, into, reportUnknown, depth + 1, run);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                into.Add(new(childPointer, "a property the schema does not allow (additionalProperties: false)"));
            }
            else if (reportUnknown && known.Count > 0)
            {
                into.Add(new(childPointer, "a property the schema does not list", UnknownField: true));
            }
        }
    }

    private static void CheckArray(JsonArray a, IOpenApiSchema schema, string pointer, List<Violation> into, bool reportUnknown, int depth, SchemaRun run)
    {
        if (schema.MaxItems is { } max && a.Count > max) into.Add(new(pointer, $"{a.Count} items, more than maxItems {max}"));
        if (schema.MinItems is { } min && a.Count < min) into.Add(new(pointer, $"{a.Count} items, fewer than minItems {min}"));
        if (schema.Items is not { } items)
        {
            return;
        }

        for (var i = 0; i < Math.Min(a.Count, MaxItems); i++)
        {
            Check(a[i], items, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), into, reportUnknown, depth + 1, run);
        }
    }

    // Properties of the schema and of its allOf members: a composed model is one object.
    private static Dictionary<string, IOpenApiSchema> KnownProperties(IOpenApiSchema schema)
    {
        var result = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var pending = new Stack<(IOpenApiSchema, int)>([(schema, 0)]);
        while (pending.TryPop(out var next) && next.Item2 < 8)
        {
            foreach (var (name, s) in next.Item1.Properties ?? new Dictionary<string, IOpenApiSchema>()) result.TryAdd(name, s);
            foreach (var part in next.Item1.AllOf ?? []) pending.Push((part, next.Item2 + 1));
        }

        return result;
    }

    private static bool TypeMatches(JsonValueKind kind, JsonNode value, JsonSchemaType type) => kind switch
    {
        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer) && IsInteger(value),
        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
        JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        _ => true,
    };

    private static bool IsInteger(JsonNode value) => Number(value) is var d && Math.Floor(d) == d;

    // Parsed numbers are JSON elements (any CLR number reads); coerced parameters hold a long or a double.
    private static double Number(JsonNode value) =>
        value.AsValue().TryGetValue<double>(out var d) ? d : value.AsValue().TryGetValue<long>(out var l) ? l : double.NaN;

    internal static bool IsMasked(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains(MaskMarker, StringComparison.Ordinal);

    // 3.0's nullable: true is read into the type as Null by Microsoft.OpenApi 2.x; keep a fallback for extensions.
    private static bool IsNullable(IOpenApiSchema schema) => schema.Extensions?.ContainsKey("x-nullable") == true;

    private static double? Bound(string? text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    // Patterns come from specs, which are replaced at run time: the cache is bounded, emptied when full.
    internal const int MaxCachedPatterns = 1024;

    internal static int CachedPatterns => Patterns.Count;

    private static Regex? Pattern(string pattern)
    {
        if (Patterns.TryGetValue(pattern, out var known))
        {
            return known;
        }

        if (Patterns.Count >= MaxCachedPatterns)
        {
            Patterns.Clear();
        }

        return Patterns.GetOrAdd(pattern, Compile);
    }

    private static Regex? Compile(string p)
    {
        try
        {
            // Patterns come from the spec; the non-backtracking engine keeps a hostile one linear.
            return new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool FormatMatches(string format, string s) => format switch
    {
        "uuid" => Guid.TryParseExact(s, "D", out _),
        "date-time" => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && s.Contains('T', StringComparison.OrdinalIgnoreCase),
        "date" => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "email" => s.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < s.Length - 1 && !s.Contains(' ', StringComparison.Ordinal),
        "ipv4" => IPAddress.TryParse(s, out var v4) && v4.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork,
        "ipv6" => IPAddress.TryParse(s, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6,
        "uri" => Uri.TryCreate(s, UriKind.Absolute, out _),
        _ => true,
    };

    private static string Name(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private static string Describe(JsonSchemaType type) =>
        string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(t => t != JsonSchemaType.Null && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()));
}
