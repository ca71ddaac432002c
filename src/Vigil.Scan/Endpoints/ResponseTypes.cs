using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// The types a handler returns in its body: <c>Task&lt;ActionResult&lt;OrderView&gt;&gt;</c> → OrderView, <c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c> → T,
/// and <c>[ProducesResponseType]</c> types for untyped <c>IActionResult</c> handlers.
/// </summary>
internal static class ResponseTypes
{
    private static readonly HashSet<string> Wrappers = ["Task", "ValueTask", "ActionResult", "Ok", "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute", "JsonHttpResult", "IAsyncEnumerable"];

    private static readonly HashSet<string> ValueResults = ["Ok", "Json", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted"];

    /// <summary>
    /// As <see cref="Of(IMethodSymbol)"/>, and when the signature says only <c>IResult</c>/<c>IActionResult</c>, the values the
    /// body passes to <c>Results.Ok(x)</c>, <c>TypedResults.Json(x)</c>, <c>Ok(x)</c>… (binds the body: only then).
    /// </summary>
    public static IReadOnlyList<ITypeSymbol> Of(IMethodSymbol handler, SyntaxNode? body, SemanticModel? model)
    {
        var declared = Of(handler);
        if (declared.Count > 0 || body is null || model is null)
        {
            return declared;
        }

        var found = new List<ITypeSymbol>();
        foreach (var call in body.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
        {
            if (CallSites.NameOf(call.Expression) is { } name && ValueResults.Contains(name)
                && call.ArgumentList.Arguments.LastOrDefault()?.Expression is { } value
                && model.GetTypeInfo(value).Type is { } type && type.SpecialType != SpecialType.System_Object && type.TypeKind != TypeKind.Error)
            {
                found.Add(type);
            }
        }

        return [.. found.Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)];
    }

    public static IReadOnlyList<ITypeSymbol> Of(IMethodSymbol handler)
    {
        var result = new List<ITypeSymbol>();
        Collect(handler.ReturnType, result);
        foreach (var a in handler.GetAttributes().Where(a => Symbols.Is(a.AttributeClass, "ProducesResponseType") || Symbols.Is(a.AttributeClass, "Produces")))
        {
            if (a.AttributeClass is { TypeArguments: [var generic] })
            {
                result.Add(generic);
            }
            else if (a.ConstructorArguments.FirstOrDefault(c => c.Kind == TypedConstantKind.Type).Value is ITypeSymbol t)
            {
                result.Add(t);
            }
        }

        return [.. result.Where(t => t.Name is not ("ProblemDetails" or "ValidationProblemDetails" or "HttpValidationProblemDetails")).Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)];
    }

    private static void Collect(ITypeSymbol type, List<ITypeSymbol> result)
    {
        if (type.SpecialType == SpecialType.System_Void || type.TypeKind == TypeKind.Error && type.Name.Length == 0)
        {
            return;
        }

        if (type is INamedTypeSymbol named && named.Name == "Results" && named.TypeArguments.Length > 0)
        {
            foreach (var arg in named.TypeArguments)
            {
                Collect(arg, result);
            }

            return;
        }

        if (type is INamedTypeSymbol { TypeArguments: [var inner] } wrapper && Wrappers.Contains(wrapper.Name))
        {
            Collect(inner, result);
            return;
        }

        if (type.Name is "Task" or "ValueTask" or "IActionResult" or "ActionResult" or "IResult" or "Object" or "Results"
            || Symbols.Implements(type, "IResult") || Symbols.Implements(type, "IActionResult"))
        {
            return;
        }

        result.Add(type);
    }
}
