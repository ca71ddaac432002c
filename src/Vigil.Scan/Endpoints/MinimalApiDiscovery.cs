using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Minimal APIs: <c>MapGet/Post/Put/Delete/Patch/Methods/Map</c> calls on the app or a group, with the group prefixes and
/// conventions traced by <see cref="GroupResolver"/>, lambda or method-group handlers, and <c>[AsParameters]</c>.
/// A method of the target's own named like these is not the framework's and is skipped.
/// </summary>
internal sealed class MinimalApiDiscovery(ScanWorkspace workspace, GroupResolver groups, GlobalAuthorization global, ServiceTypes services)
{
    private static readonly Dictionary<string, string[]> Verbs = new(StringComparer.Ordinal)
    {
        ["MapGet"] = ["GET"], ["MapPost"] = ["POST"], ["MapPut"] = ["PUT"], ["MapDelete"] = ["DELETE"], ["MapPatch"] = ["PATCH"],
        ["MapMethods"] = [], ["Map"] = ["*"], ["MapHealthChecks"] = ["GET"],
    };

    public IEnumerable<ScanEndpoint> Discover()
    {
        // Overload resolution of MapGet(…, lambda) binds the lambda once per candidate overload; ask only when the target
        // declares a method of the same name that could be the one called.
        var ownNames = workspace.Index.Methods.OfType<MethodDeclarationSyntax>()
            .Select(m => m.Identifier.Text).Where(Verbs.ContainsKey).ToHashSet(StringComparer.Ordinal);
        foreach (var call in workspace.Index.Invocations)
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.Text: var name } member
                || !Verbs.TryGetValue(name, out var verbs) || call.ArgumentList.Arguments.Count == 0)
            {
                continue;
            }

            var model = workspace.Model(call.SyntaxTree);
            if (ownNames.Contains(name) || name == "Map")
            {
                var symbol = model.GetSymbolInfo(call) is var info && info.Symbol is IMethodSymbol s ? s : info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
                if (symbol is not null && (Symbols.InSource(symbol) || symbol.ContainingType.Name == "MapExtensions"))
                {
                    continue;
                }
            }

            foreach (var endpoint in Endpoints(call, member, name, verbs, model))
            {
                yield return endpoint;
            }
        }
    }

    private IEnumerable<ScanEndpoint> Endpoints(InvocationExpressionSyntax call, MemberAccessExpressionSyntax member, string name, string[] verbs, SemanticModel model)
    {
        var args = call.ArgumentList.Arguments;
        var pattern = GroupResolver.Constant(args[0].Expression, model);
        var methods = name == "MapMethods" && args.Count > 1 ? Methods(args[1].Expression, model) : verbs;
        var handlerArg = name == "MapHealthChecks" ? null : args.Count > 1 ? args[^1].Expression : null;
        var handler = Handler(handlerArg, model);
        var endpointConventions = FluentConventions(call, model).ToList();
        var attributes = handler?.GetAttributes() ?? [];
        var place = handlerArg is LambdaExpressionSyntax or null || handler is null || !Symbols.InSource(handler) ? Symbols.SourceOf(call.GetLocation()) : Symbols.SourceOf(handler.Locations.First(l => l.IsInSource));
        var handlerName = name == "MapHealthChecks" ? "health checks"
            : handler is null || handler.MethodKind == MethodKind.AnonymousFunction ? $"lambda in {Enclosing(call, model)}"
            : $"{handler.ContainingType.Name}.{handler.Name}";

        var handlerSyntax = handlerArg is AnonymousFunctionExpressionSyntax lambda ? lambda : handler?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var responses = handler is null ? [] : ResponseTypes.Of(handler, handlerSyntax, handlerSyntax is null ? null : workspace.Model(handlerSyntax.SyntaxTree));
        foreach (var scope in groups.ScopesOf(member.Expression, model))
        {
            var template = RouteTemplate.Join(scope.Prefix, pattern);
            var auth = Authorization(attributes, endpointConventions, scope, handlerName);
            yield return new ScanEndpoint
            {
                Methods = methods,
                Route = RouteTemplate.Normalize(template),
                Handler = handlerName,
                Source = place,
                Auth = auth.Auth,
                AuthReason = auth.Reason,
                Parameters = handler is null ? [] : [.. ParameterBinding.Infer(handler.Parameters, RouteTemplate.ParameterNames(template), methods.Any(m => m is "POST" or "PUT" or "PATCH" or "*"), services)],
                ResponseTypes = [.. responses.Select(Symbols.TypeName)],
                ResponseTypeSymbols = responses,
                HandlerSymbol = handler,
                HandlerSyntax = handlerSyntax,
            };
        }
    }

    private AuthDecision Authorization(IEnumerable<AttributeData> attributes, List<AuthConvention> endpoint, GroupScope scope, string handler)
    {
        var attributeList = attributes.ToList();
        if (attributeList.Any(a => Symbols.Implements(a.AttributeClass, "IAllowAnonymous")))
        {
            return new AuthDecision(EndpointAuth.Public, $"[AllowAnonymous] on {handler}");
        }

        if (endpoint.FirstOrDefault(c => c.Anonymous) is { } endpointAnonymous)
        {
            return endpointAnonymous.Decision("the endpoint");
        }

        if (scope.Conventions.FirstOrDefault(c => c.Anonymous) is { } groupAnonymous)
        {
            return groupAnonymous.Decision("its group");
        }

        var decisions = attributeList.Where(a => Symbols.Implements(a.AttributeClass, "IAuthorizeData")).Select(a => AuthDecision.FromAuthorize(a, handler))
            .Concat(endpoint.Select(c => c.Decision("the endpoint")))
            .Concat(scope.Conventions.Select(c => c.Decision("its group")))
            .ToList();
        return decisions.Count == 0 ? AuthDecision.Default(global, isController: false)
            : decisions.FirstOrDefault(d => d.Auth == EndpointAuth.Policy) ?? decisions[0];
    }

    // app.MapGet(...).RequireAuthorization().WithName(...): conventions chained onto the endpoint itself.
    private static IEnumerable<AuthConvention> FluentConventions(InvocationExpressionSyntax call, SemanticModel model)
    {
        SyntaxNode current = call;
        while (current.Parent is MemberAccessExpressionSyntax m && m.Parent is InvocationExpressionSyntax outer)
        {
            if (GroupResolver.Convention(outer, model) is { } convention)
            {
                yield return convention;
            }

            current = outer;
        }
    }

    private static IMethodSymbol? Handler(ExpressionSyntax? argument, SemanticModel model)
    {
        if (argument is null)
        {
            return null;
        }

        var info = model.GetSymbolInfo(argument);
        return info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
    }

    private static string[] Methods(ExpressionSyntax e, SemanticModel model)
    {
        var elements = e switch
        {
            ImplicitArrayCreationExpressionSyntax a => a.Initializer.Expressions.ToList(),
            ArrayCreationExpressionSyntax { Initializer: { } i } => i.Expressions.ToList(),
            CollectionExpressionSyntax c => c.Elements.OfType<ExpressionElementSyntax>().Select(x => x.Expression).ToList(),
            ObjectCreationExpressionSyntax { Initializer: { } i } => i.Expressions.ToList(),
            _ => [e],
        };
        return [.. elements.Select(x => model.GetConstantValue(x) is { HasValue: true, Value: string s } ? s.ToUpperInvariant()
            : x is MemberAccessExpressionSyntax m ? m.Name.Identifier.Text.ToUpperInvariant() : "*").Distinct()];
    }

    private static string Enclosing(SyntaxNode node, SemanticModel model)
    {
        var member = node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax);
        return member is not null && model.GetDeclaredSymbol(member) is { } symbol ? $"{symbol.ContainingType?.Name}.{symbol.Name}" : "Program";
    }
}
