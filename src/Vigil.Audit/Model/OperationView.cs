using Microsoft.OpenApi;

namespace Vigil.Audit.Model;

/// <summary>One operation as checks see it: path, method, pointer, and the security that applies to it.</summary>
internal sealed record OperationView(string Path, string Method, OpenApiOperation Operation, IOpenApiPathItem PathItem, string Pointer)
{
    /// <summary><c>GET /orders/{id}</c>.</summary>
    public string Endpoint => $"{Method.ToUpperInvariant()} {Path}";

    /// <summary>The operation's own security when it has one, else the document's; empty means none applies.</summary>
    public IReadOnlyList<OpenApiSecurityRequirement> Security { get; init; } = [];

    /// <summary>True when the operation opts out explicitly with <c>security: []</c>.</summary>
    public bool OptsOut { get; init; }

    /// <summary>A requirement that names no scheme (<c>- {}</c>) makes authentication optional.</summary>
    public bool IsSecured => Security.Count > 0 && Security.All(r => r.Count > 0);

    public IEnumerable<(string Name, IOpenApiParameter Parameter, string Pointer)> Parameters()
    {
        var seen = new HashSet<(string, ParameterLocation?)>();
        for (var i = 0; i < (Operation.Parameters?.Count ?? 0); i++)
        {
            var p = Operation.Parameters![i];
            if (p.Name is { } name && seen.Add((name, p.In)))
            {
                yield return (name, p, Model.Pointer.Join(Pointer, "parameters", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var pathPointer = Pointer[..Pointer.LastIndexOf('/')];
        for (var i = 0; i < (PathItem.Parameters?.Count ?? 0); i++)
        {
            var p = PathItem.Parameters![i];
            if (p.Name is { } name && seen.Add((name, p.In)))
            {
                yield return (name, p, Model.Pointer.Join(pathPointer, "parameters", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>True when a success response carries a body: the operation returns data.</summary>
    public bool ReturnsData => Operation.Responses?.Any(r => r.Key.StartsWith('2') && r.Value.Content is { Count: > 0 }) == true;

    public static IReadOnlyList<OperationView> All(OpenApiDocument document)
    {
        var result = new List<OperationView>();
        foreach (var (path, item) in document.Paths ?? [])
        {
            var itemPointer = Model.Pointer.Child("/paths", path);
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var name = method.Method.ToLowerInvariant();
                var own = operation.Security;
                result.Add(new OperationView(path, name, operation, item, Model.Pointer.Child(itemPointer, name))
                {
                    Security = [.. own ?? document.Security ?? []],
                    OptsOut = own is { Count: 0 },
                });
            }
        }

        return result;
    }
}
