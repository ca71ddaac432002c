using System.Text.Json;

namespace Vigil.Captures.Har;

/// <summary>Lenient reads from a HAR entry: exporters disagree on optional fields, so a wrong type reads as absent.</summary>
internal static class HarJson
{
    public static JsonElement? Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static string? String(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static double? Number(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) ? d : null;

    /// <summary>Non-negative sizes only: HAR writes -1 for "unknown".</summary>
    public static long? Size(JsonElement? parent, string name) =>
        Number(parent, name) is { } n && n >= 0 && n <= long.MaxValue ? (long)n : null;

    public static IEnumerable<JsonElement> Array(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
            : [];
}
