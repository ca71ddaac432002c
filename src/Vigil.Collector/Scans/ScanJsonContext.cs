using System.Text.Json.Serialization;

namespace Vigil.Collector.Scans;

/// <summary>Source-generated JSON for scans; camelCase, nulls left out, numbers only as numbers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = 16)]
[JsonSerializable(typeof(ScanDocument))]
[JsonSerializable(typeof(ScanSummaryView))]
internal sealed partial class ScanJsonContext : JsonSerializerContext
{
}
