using System.Text.Json.Serialization;

namespace Vigil.Collector.Alerts;

/// <summary>Source-generated JSON for the alert and channel API; camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AlertView))]
[JsonSerializable(typeof(AlertListView))]
[JsonSerializable(typeof(DeliveryListView))]
[JsonSerializable(typeof(ChannelView))]
[JsonSerializable(typeof(ChannelListView))]
internal sealed partial class AlertJsonContext : JsonSerializerContext
{
}
