using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Invocations by method name across the whole target, built once, resolved to symbols only when asked: how a route
/// group passed as a parameter is traced back to where it was created, in another method or file.
/// </summary>
internal sealed class CallSites(ScanWorkspace workspace)
{
    private readonly Lazy<ILookup<string, InvocationExpressionSyntax>> _byName = new(() => workspace.Index.Invocations
        .ToLookup(i => NameOf(i.Expression) ?? "", StringComparer.Ordinal));

    public IEnumerable<(InvocationExpressionSyntax Call, SemanticModel Model)> Of(IMethodSymbol method)
    {
        var target = (method.ReducedFrom ?? method).OriginalDefinition;
        foreach (var call in _byName.Value[method.Name])
        {
            var model = workspace.Model(call.SyntaxTree);
            if (model.GetSymbolInfo(call).Symbol is IMethodSymbol called
                && SymbolEqualityComparer.Default.Equals((called.ReducedFrom ?? called).OriginalDefinition, target))
            {
                yield return (call, model);
            }
        }
    }

    public SemanticModel Model(SyntaxTree tree) => workspace.Model(tree);

    public static string? NameOf(ExpressionSyntax e) => e switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
        IdentifierNameSyntax i => i.Identifier.Text,
        GenericNameSyntax g => g.Identifier.Text,
        MemberBindingExpressionSyntax b => b.Name.Identifier.Text,
        _ => null,
    };

    /// <summary>The expression a call passes for <paramref name="parameter"/>: the receiver for an extension method's <c>this</c>.</summary>
    public static ExpressionSyntax? Argument(InvocationExpressionSyntax call, IMethodSymbol callee, IParameterSymbol parameter)
    {
        var definition = callee.ReducedFrom ?? callee;
        var ordinal = parameter.Ordinal;
        if (definition.IsExtensionMethod && call.Expression is MemberAccessExpressionSyntax member)
        {
            if (ordinal == 0)
            {
                return member.Expression;
            }

            ordinal--;
        }

        var args = call.ArgumentList.Arguments;
        var named = args.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == parameter.Name);
        return named?.Expression ?? (ordinal < args.Count ? args[ordinal].Expression : null);
    }
}
