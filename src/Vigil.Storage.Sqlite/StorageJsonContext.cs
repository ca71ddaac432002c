using System.Text.Json.Serialization;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite;

/// <summary>Source-generated JSON for what the store keeps as JSON besides the wire payload: an event's findings (<see cref="StoredFindings"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
[JsonSerializable(typeof(SharedFindings))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
}
