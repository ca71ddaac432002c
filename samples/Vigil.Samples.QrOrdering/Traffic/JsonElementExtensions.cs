using System.Text.Json;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>Forgiving reads of API responses: a missing or odd field ends a visit, it doesn't crash the driver.</summary>
internal static class JsonElementExtensions
{
    public static int? Int(this JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } p && p.TryGetInt32(out var value) ? value : null;

    public static decimal? Decimal(this JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } p && p.TryGetDecimal(out var value) ? value : null;

    public static string? String(this JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } p ? p.GetString() : null;

    public static bool? Bool(this JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } p ? p.GetBoolean() : null;

    public static IReadOnlyList<JsonElement?> Array(this JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } p ? p.EnumerateArray().Select(e => (JsonElement?)e).ToList() : [];

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var p) ? p : null;
}
