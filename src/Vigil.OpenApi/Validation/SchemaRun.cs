using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// The state of one validation of one value: a work budget and a memo of oneOf/anyOf alternative results.
/// Recursive oneOf schemas otherwise re-validate every subtree once per alternative per level (6 alternatives, 7
/// levels, a 202-byte body took 81 s); memoised, each (node, schema) pair is judged once. When the budget runs out
/// the rest of the value is not judged (it passes): the check must never cost the host more than the request did.
/// </summary>
internal sealed class SchemaRun(int budget = SchemaRun.DefaultBudget)
{
    /// <summary>Schema × JSON node visits allowed per validated value.</summary>
    public const int DefaultBudget = 50_000;

    private readonly Dictionary<(JsonNode, IOpenApiSchema), bool> _passes = new(PairComparer.Instance);
    private readonly Dictionary<IOpenApiSchema, IOpenApiSchema> _targets = new(ReferenceEqualityComparer.Instance);

    /// <summary>Schema × node visits spent so far.</summary>
    public int Visits { get; private set; }

    /// <summary>True once the budget ran out: part of the value was not judged.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Counts one visit; false once the budget is spent.</summary>
    public bool Spend()
    {
        if (Visits >= budget)
        {
            Exhausted = true;
            return false;
        }

        Visits++;
        return true;
    }

    public bool TryGetPasses(JsonNode value, IOpenApiSchema schema, out bool passes) => _passes.TryGetValue((value, Resolve(schema)), out passes);

    public void RememberPasses(JsonNode value, IOpenApiSchema schema, bool passes) => _passes[(value, Resolve(schema))] = passes;

    // Every `$ref: Node` is its own reference object, and each property read through it looks the target up again
    // (measured: ~200 µs a visit); resolved once per run, all of them share one memo entry.
    public IOpenApiSchema Resolve(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchemaReference reference)
        {
            return schema;
        }

        if (!_targets.TryGetValue(reference, out var target))
        {
            target = reference.Target ?? (IOpenApiSchema)reference;
            _targets[reference] = target;
        }

        return target;
    }

    private sealed class PairComparer : IEqualityComparer<(JsonNode, IOpenApiSchema)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((JsonNode, IOpenApiSchema) x, (JsonNode, IOpenApiSchema) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((JsonNode, IOpenApiSchema) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
