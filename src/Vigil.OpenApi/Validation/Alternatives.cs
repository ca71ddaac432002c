using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// Cheap pre-selection of oneOf/anyOf alternatives: an object whose tag property (a discriminator, or any property
/// the alternative pins with <c>const</c> or <c>enum</c>) holds another value cannot match that alternative, so its
/// subtree is never walked. Sound: an excluded alternative would have failed on that property anyway.
/// </summary>
internal static class Alternatives
{
    public static bool Excludes(JsonNode value, IOpenApiSchema alternative)
    {
        if (value is not JsonObject o || alternative.Properties is not { Count: > 0 } properties)
        {
            return false;
        }

        foreach (var (name, property) in properties)
        {
            if (!o.TryGetPropertyValue(name, out var actual) || actual is null || SchemaValidator.IsMasked(actual))
            {
                continue;
            }

            if (property.Const is { } constant && actual is JsonValue v && v.TryGetValue<string>(out var s) && !string.Equals(s, constant, StringComparison.Ordinal))
            {
                return true;
            }

            if (property.Enum is { Count: > 0 } values && !values.Any(e => JsonNode.DeepEquals(e, actual)))
            {
                return true;
            }
        }

        return false;
    }
}
