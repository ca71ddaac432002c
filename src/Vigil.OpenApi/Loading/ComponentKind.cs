namespace Vigil.OpenApi.Loading;

/// <summary>Which components section a bundled sibling-file node belongs in, from where it came from or where it is used.</summary>
internal static class ComponentKind
{
    private static readonly string[] Kinds = ["schemas", "parameters", "responses", "requestBodies", "headers", "examples", "securitySchemes", "links", "callbacks"];

    /// <summary>The 3.x section name, or null when the node must be inlined (a path item, or something unknowable).</summary>
    public static string? Of(string targetPointer, string usedAt)
    {
        // Where it lives in its own file says most: "/components/schemas/Pet", "/definitions/Pet".
        var parts = targetPointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0] == "components" && Kinds.Contains(parts[1]))
        {
            return parts[1];
        }

        if (parts.Length == 2)
        {
            switch (parts[0])
            {
                case "definitions": return "schemas";
                case "parameters" or "responses": return parts[0];
            }
        }

        // Otherwise where it is used: a path item or operation is inlined; a parameter, response or body keeps its kind.
        var used = usedAt.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (used.Length == 2 && used[0] == "paths")
        {
            return null;
        }

        if (used.Length >= 2 && used[^2] == "parameters")
        {
            return "parameters";
        }

        if (used.Length >= 2 && used[^2] == "responses" && used.Length >= 4 && used[0] == "paths")
        {
            return "responses";
        }

        return used.Length >= 1 && used[^1] == "requestBody" ? "requestBodies" : "schemas";
    }

    /// <summary>Where a 3.x section lives in a 2.0 document.</summary>
    public static string Swagger(string kind) => kind switch
    {
        "schemas" => "definitions",
        "securitySchemes" => "securityDefinitions",
        _ => kind,
    };
}
