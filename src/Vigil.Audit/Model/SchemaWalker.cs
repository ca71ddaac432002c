using Microsoft.OpenApi;

namespace Vigil.Audit.Model;

/// <summary>
/// Lists every schema node written in the document once: components, then inline schemas in operations. A
/// <c>$ref</c> is not followed for listing (its target is listed where it is written) but is followed to learn
/// where each component is used, so a check can ask "is this returned to clients?".
/// </summary>
internal static class SchemaWalker
{
    private const int MaxDepth = 64;

    /// <summary>Enough for the largest public documents; a hostile one stops here rather than exhausting memory.</summary>
    private const int MaxNodes = 2_000_000;

    public static IReadOnlyList<SchemaView> All(OpenApiDocument document, IReadOnlyList<OperationView> operations)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var roots = new List<(IOpenApiSchema Schema, string Pointer, string? Name, SchemaUse Use, bool Body)>();
        foreach (var op in operations)
        {
            foreach (var (name, parameter, pointer) in op.Parameters())
            {
                if (parameter.Schema is { } s) roots.Add((s, pointer + "/schema", name, SchemaUse.Parameter, false));
            }

            foreach (var (type, media) in op.Operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Schema is { } s) roots.Add((s, Pointer.Join(op.Pointer, "requestBody", "content", type, "schema"), null, SchemaUse.Request, true));
            }

            foreach (var (status, response) in op.Operation.Responses ?? [])
            {
                foreach (var (type, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                {
                    if (media.Schema is { } s) roots.Add((s, Pointer.Join(op.Pointer, "responses", status, "content", type, "schema"), null, SchemaUse.Response, true));
                }
            }
        }

        var usage = ComponentUsage(roots, components);
        var result = new List<SchemaView>();
        foreach (var (name, schema) in components)
        {
            usage.TryGetValue(name, out var u);
            Walk(schema, Pointer.Join("/components", "schemas", name), null, u.Use, u.Body, 0, result);
        }

        foreach (var root in roots)
        {
            Walk(root.Schema, root.Pointer, root.Name, root.Use, root.Body, 0, result);
        }

        return result;
    }

    private static void Walk(IOpenApiSchema schema, string pointer, string? name, SchemaUse use, bool body, int depth, List<SchemaView> into)
    {
        if (schema is OpenApiSchemaReference || depth > MaxDepth || into.Count >= MaxNodes)
        {
            return;
        }

        into.Add(new SchemaView(schema, pointer, name, use, body));
        foreach (var (child, childPointer, childName) in Children(schema, pointer))
        {
            Walk(child, childPointer, childName, use, false, depth + 1, into);
        }
    }

    internal static IEnumerable<(IOpenApiSchema Schema, string Pointer, string? Name)> Children(IOpenApiSchema schema, string pointer)
    {
        // Real documents hold "properties": {"x": null} and "allOf": [null]; the model keeps the nulls.
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is not null) yield return (property, Pointer.Join(pointer, "properties", name), name);
        }

        if (schema.Items is { } items) yield return (items, pointer + "/items", null);
        if (schema.AdditionalProperties is { } extra) yield return (extra, pointer + "/additionalProperties", null);
        foreach (var (list, key) in new[] { (schema.AllOf, "allOf"), (schema.OneOf, "oneOf"), (schema.AnyOf, "anyOf") })
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (list![i] is { } member) yield return (member, Pointer.Child(pointer + "/" + key, i), null);
            }
        }
    }

    // Breadth-first from every operation's schemas through $refs: which components are sent, returned, or are a body.
    private static Dictionary<string, (SchemaUse Use, bool Body)> ComponentUsage(
        List<(IOpenApiSchema Schema, string Pointer, string? Name, SchemaUse Use, bool Body)> roots, IDictionary<string, IOpenApiSchema> components)
    {
        var usage = new Dictionary<string, (SchemaUse Use, bool Body)>(StringComparer.Ordinal);
        var pending = new Queue<(IOpenApiSchema Schema, SchemaUse Use, bool Body, int Depth)>(roots.Select(r => (r.Schema, r.Use, r.Body, 0)));
        var visits = 0;
        while (pending.TryDequeue(out var next) && visits++ < MaxNodes)
        {
            var (schema, use, body, depth) = next;
            if (schema is OpenApiSchemaReference reference)
            {
                var id = reference.Reference.Id;
                if (id is null || !components.TryGetValue(id, out var target))
                {
                    continue;
                }

                usage.TryGetValue(id, out var known);
                var merged = (known.Use | use, known.Body || body);
                if (merged == known)
                {
                    continue;
                }

                usage[id] = merged;
                pending.Enqueue((target, use, body, 0));
                continue;
            }

            if (depth > MaxDepth)
            {
                continue;
            }

            foreach (var (child, _, _) in Children(schema, ""))
            {
                // allOf members of a body are still the body's own shape.
                pending.Enqueue((child, use, false, depth + 1));
            }
        }

        return usage;
    }
}
