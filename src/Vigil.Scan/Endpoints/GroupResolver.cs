using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Traces the route builder an endpoint is mapped on back to where it was made: through <c>MapGroup</c> calls, fluent
/// conventions, locals, parameters (to every call site, in any file) and methods that return a group. Bounded depth,
/// so a cycle or a builder from outside the source ends at the root.
/// </summary>
internal sealed class GroupResolver(CallSites calls)
{
    private const int MaxDepth = 16;
    private const int MaxScopes = 32;

    public IReadOnlyList<GroupScope> ScopesOf(ExpressionSyntax builder, SemanticModel model) => Resolve(builder, model, 0);

    private IReadOnlyList<GroupScope> Resolve(ExpressionSyntax e, SemanticModel model, int depth)
    {
        if (depth > MaxDepth)
        {
            return [GroupScope.Root];
        }

        e = Unwrap(e);
        switch (e)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } call:
                var name = m.Name.Identifier.Text;
                if (name == "MapGroup")
                {
                    var prefix = Constant(call.ArgumentList.Arguments.FirstOrDefault()?.Expression, model);
                    return Limit(Resolve(m.Expression, model, depth + 1).Select(s => s with { Prefix = RouteTemplate.Join(s.Prefix, prefix) }));
                }

                if (Convention(call, model) is { } convention)
                {
                    return Limit(Resolve(m.Expression, model, depth + 1).Select(s => s.With(convention)));
                }

                return model.GetSymbolInfo(call).Symbol is IMethodSymbol source && Symbols.InSource(source)
                    ? Returned(source, depth)
                    : Resolve(m.Expression, model, depth + 1);
            case InvocationExpressionSyntax call:
                return model.GetSymbolInfo(call).Symbol is IMethodSymbol method && Symbols.InSource(method) ? Returned(method, depth) : [GroupScope.Root];
            case IdentifierNameSyntax id:
                return model.GetSymbolInfo(id).Symbol switch
                {
                    ILocalSymbol local => Local(local, model, depth),
                    IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } owner } parameter => Parameter(owner, parameter, depth),
                    _ => [GroupScope.Root],
                };
            default:
                return [GroupScope.Root];
        }
    }

    private IReadOnlyList<GroupScope> Local(ILocalSymbol local, SemanticModel model, int depth)
    {
        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return [GroupScope.Root];
        }

        var body = declarator.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax or AnonymousFunctionExpressionSyntax) ?? declarator.SyntaxTree.GetRoot();
        var sources = new List<ExpressionSyntax>();
        if (declarator.Initializer?.Value is { } initial)
        {
            sources.Add(initial);
        }

        var conventions = new List<AuthConvention>();
        foreach (var node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment && left.Identifier.Text == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(left).Symbol, local))
            {
                sources.Add(assignment.Right);
            }
            else if (node is InvocationExpressionSyntax { Parent: ExpressionStatementSyntax, Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } statement
                && receiver.Identifier.Text == local.Name && Convention(statement, model) is { } convention
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver).Symbol, local))
            {
                conventions.Add(convention);
            }
        }

        var scopes = sources.Count == 0 ? [GroupScope.Root] : sources.SelectMany(s => Resolve(s, model, depth + 1));
        return Limit(scopes.Select(s => s with { Conventions = [.. s.Conventions, .. conventions] }));
    }

    private IReadOnlyList<GroupScope> Parameter(IMethodSymbol method, IParameterSymbol parameter, int depth)
    {
        var scopes = new List<GroupScope>();
        foreach (var (call, model) in calls.Of(method))
        {
            if (model.GetSymbolInfo(call).Symbol is IMethodSymbol called && CallSites.Argument(call, called, parameter) is { } argument)
            {
                scopes.AddRange(Resolve(argument, model, depth + 1));
            }
        }

        // Never called in the source (a library entry point): its builder is the app itself as far as we can tell.
        return scopes.Count == 0 ? [GroupScope.Root] : Limit(scopes);
    }

    private IReadOnlyList<GroupScope> Returned(IMethodSymbol method, int depth)
    {
        var scopes = new List<GroupScope>();
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var model = calls.Model(syntax.SyntaxTree);
            var returned = syntax.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>()
                .Concat(syntax is MethodDeclarationSyntax { ExpressionBody.Expression: var arrow } ? [arrow] : []);
            foreach (var expression in returned)
            {
                scopes.AddRange(Resolve(expression, model, depth + 1));
            }
        }

        return scopes.Count == 0 ? [GroupScope.Root] : Limit(scopes);
    }

    public static AuthConvention? Convention(InvocationExpressionSyntax call, SemanticModel model)
    {
        if (call.Expression is not MemberAccessExpressionSyntax m)
        {
            return null;
        }

        var place = Symbols.Place(m.Name.GetLocation());
        return m.Name.Identifier.Text switch
        {
            "AllowAnonymous" => new AuthConvention(true, null, place),
            "RequireAuthorization" => new AuthConvention(false, Policies(call, model), place),
            _ => null,
        };
    }

    private static string? Policies(InvocationExpressionSyntax call, SemanticModel model)
    {
        var args = call.ArgumentList.Arguments;
        if (args.Count == 0)
        {
            return null;
        }

        var text = string.Join(", ", args.Select(a => Constant(a.Expression, model) is { Length: > 0 } c && model.GetConstantValue(a.Expression).HasValue ? $"\"{c}\"" : a.Expression.ToString()));
        return text.Length > 80 ? text[..77] + "..." : text;
    }

    // A literal is read from the token: asking the model for its value binds the whole enclosing method (Program.cs) first.
    public static string Constant(ExpressionSyntax? e, SemanticModel model) =>
        e is null ? "" : e is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : model.GetConstantValue(e) is { HasValue: true, Value: string s } ? s : "{" + e.ToString().Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal) + "}";

    private static ExpressionSyntax Unwrap(ExpressionSyntax e) => e switch
    {
        ParenthesizedExpressionSyntax p => Unwrap(p.Expression),
        CastExpressionSyntax c => Unwrap(c.Expression),
        PostfixUnaryExpressionSyntax { OperatorToken.Text: "!" } n => Unwrap(n.Operand),
        _ => e,
    };

    private static IReadOnlyList<GroupScope> Limit(IEnumerable<GroupScope> scopes) =>
        [.. scopes.DistinctBy(s => s.Prefix + "|" + string.Join(",", s.Conventions)).Take(MaxScopes)];
}
