using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Authorization set once for the whole app: a fallback policy (every endpoint without auth metadata), an
/// <c>AuthorizeFilter</c> added to MVC's global filters, or <c>MapControllers().RequireAuthorization()</c>.
/// Each value is the place it was set, for the reason text; null when absent.
/// </summary>
internal sealed record GlobalAuthorization(string? FallbackPolicy, string? GlobalFilter, string? ControllersConvention, bool ControllersConventionIsPolicy)
{
    public static GlobalAuthorization Find(Loading.SyntaxIndex index)
    {
        string? fallback = null, filter = null, controllers = null;
        var controllersPolicy = false;
        foreach (var node in index.Assignments.Cast<SyntaxNode>().Concat(index.Invocations))
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.Text: "FallbackPolicy" } } a
                    when !a.Right.IsKind(SyntaxKind.NullLiteralExpression):
                    fallback ??= Symbols.Place(a.GetLocation());
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } call:
                    var name = m.Name.Identifier.Text;
                    if (name == "SetFallbackPolicy" && call.ArgumentList.Arguments is [{ Expression: var arg }] && !arg.IsKind(SyntaxKind.NullLiteralExpression))
                    {
                        fallback ??= Symbols.Place(call.GetLocation());
                    }
                    else if (name == "Add" && m.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Filters" }
                        && call.ArgumentList.Arguments is [{ Expression: ObjectCreationExpressionSyntax { Type: var type } }]
                        && type.ToString().EndsWith("AuthorizeFilter", StringComparison.Ordinal))
                    {
                        filter ??= Symbols.Place(call.GetLocation());
                    }
                    else if (name == "RequireAuthorization" && m.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "MapControllers" } })
                    {
                        controllers ??= Symbols.Place(call.GetLocation());
                        controllersPolicy = call.ArgumentList.Arguments.Count > 0;
                    }

                    break;
            }
        }

        return new GlobalAuthorization(fallback, filter, controllers, controllersPolicy);
    }
}
