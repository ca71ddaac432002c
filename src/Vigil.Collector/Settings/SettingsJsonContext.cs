using System.Text.Json.Serialization;
using Vigil.Dashboard;

namespace Vigil.Collector.Settings;

/// <summary>Source-generated JSON for the settings API; camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AlertRuleInput))]
[JsonSerializable(typeof(AlertRuleView))]
[JsonSerializable(typeof(AlertRuleListView))]
[JsonSerializable(typeof(MaskingRulesView))]
[JsonSerializable(typeof(IpListListView))]
[JsonSerializable(typeof(IpListView))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext
{
}
