using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// MVC controllers as ASP.NET Core discovers them: public non-abstract classes named <c>*Controller</c>, deriving from
/// <c>ControllerBase</c> or marked <c>[Controller]</c>/<c>[ApiController]</c>; their public actions, inherited ones included,
/// routed by attributes (class × action templates, tokens replaced) or, without any, by the conventional routes.
/// </summary>
internal sealed class ControllerDiscovery(ScanWorkspace workspace, GlobalAuthorization global, ServiceTypes services, IReadOnlyList<string> conventionalRoutes)
{
    public IEnumerable<ScanEndpoint> Discover()
    {
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var declaration in workspace.Index.Classes)
        {
            if (!MayBeController(declaration))
            {
                continue;
            }

            if (workspace.Model(declaration.SyntaxTree).GetDeclaredSymbol(declaration) is INamedTypeSymbol type && IsController(type) && seen.Add(type))
            {
                foreach (var endpoint in Actions(type))
                {
                    yield return endpoint;
                }
            }
        }
    }

    // Binding every class's attributes costs more than the rest of the inventory: decide from syntax first. A controller is
    // named *Controller, or carries [Controller]/[ApiController] (ControllerBase does, inherited), so its base names a controller.
    private static bool MayBeController(ClassDeclarationSyntax declaration) =>
        declaration.Identifier.Text.EndsWith("Controller", StringComparison.Ordinal)
        || declaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().Contains("Controller", StringComparison.Ordinal))
        || declaration.BaseList?.Types.FirstOrDefault()?.Type.ToString() is { } baseName
            && (baseName.EndsWith("Controller", StringComparison.Ordinal) || baseName.EndsWith("ControllerBase", StringComparison.Ordinal));

    private static bool IsController(INamedTypeSymbol type) =>
        type is { IsAbstract: false, IsGenericType: false, DeclaredAccessibility: Accessibility.Public, IsStatic: false }
        && !Symbols.TypeAttributes(type).Any(a => Symbols.Is(a.Attribute.AttributeClass, "NonController"))
        && (type.Name.EndsWith("Controller", StringComparison.Ordinal) || Symbols.Is(type, "ControllerBase")
            || Symbols.TypeAttributes(type).Any(a => Symbols.Is(a.Attribute.AttributeClass, "Controller") || Symbols.Is(a.Attribute.AttributeClass, "ApiController")));

    private IEnumerable<ScanEndpoint> Actions(INamedTypeSymbol type)
    {
        var controllerName = type.Name.EndsWith("Controller", StringComparison.Ordinal) ? type.Name[..^"Controller".Length] : type.Name;
        var typeAttributes = Symbols.TypeAttributes(type).ToList();
        var area = typeAttributes.Select(a => a.Attribute).Where(a => Symbols.Is(a.AttributeClass, "Area")).Select(a => Symbols.StringArg(a)).FirstOrDefault();
        var isApi = typeAttributes.Any(a => Symbols.Is(a.Attribute.AttributeClass, "ApiController"));
        var classTemplates = typeAttributes.Where(a => IsRouteAttribute(a.Attribute)).Select(a => Template(a.Attribute) ?? "").Distinct().ToList();
        var versions = typeAttributes.Where(a => Symbols.Is(a.Attribute.AttributeClass, "ApiVersion")).Select(a => ApiVersionSegment(a.Attribute)).OfType<string>().ToList();

        foreach (var action in ActionMethods(type))
        {
            var actionAttributes = AttributesWithOverrides(action).ToList();
            var verbs = actionAttributes.Where(IsVerbAttribute).ToList();
            var methods = verbs.SelectMany(Verbs).Distinct().ToList();
            var templates = verbs.Select(Template).Concat(actionAttributes.Where(a => Symbols.Is(a.AttributeClass, "Route")).Select(Template)).ToList();
            var actionName = actionAttributes.Where(a => Symbols.Is(a.AttributeClass, "ActionName")).Select(a => Symbols.StringArg(a)).FirstOrDefault()
                ?? (action.Name.EndsWith("Async", StringComparison.Ordinal) ? action.Name[..^5] : action.Name);

            var routes = new List<string>();
            var attributeRouted = classTemplates.Count > 0 || templates.Any(t => t is not null);
            if (attributeRouted)
            {
                var actionTemplates = templates.Where(t => t is not null).Distinct().ToList();
                if (actionTemplates.Count == 0)
                {
                    actionTemplates.Add(null);
                }

                foreach (var prefix in classTemplates.Count == 0 ? [""] : classTemplates)
                {
                    foreach (var template in actionTemplates)
                    {
                        routes.Add(RouteTemplate.CombineAttribute(prefix, template));
                    }
                }
            }
            else
            {
                routes.AddRange(conventionalRoutes.SelectMany(pattern => ConventionalRoute.Expand(pattern, controllerName, actionName, area)));
            }

            var syntax = action.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var responses = ResponseTypes.Of(action, syntax, syntax is null ? null : workspace.Model(syntax.SyntaxTree));
            foreach (var raw in routes.SelectMany(r => ExpandVersions(r, versions)).Distinct())
            {
                var template = RouteTemplate.ReplaceTokens(raw, controllerName, actionName, area);
                var auth = Authorization(type, action, actionAttributes, typeAttributes);
                yield return new ScanEndpoint
                {
                    Methods = methods.Count == 0 ? ["*"] : methods,
                    Route = RouteTemplate.Normalize(template),
                    Handler = $"{type.Name}.{action.Name}",
                    Source = Symbols.SourceOf(action.Locations.First(l => l.IsInSource)),
                    Auth = auth.Auth,
                    AuthReason = auth.Reason,
                    Parameters = [.. ParameterBinding.Infer(action.Parameters, RouteTemplate.ParameterNames(template), complexFromBody: isApi || methods.Any(m => m is "POST" or "PUT" or "PATCH"), services)],
                    ResponseTypes = [.. responses.Select(Symbols.TypeName)],
                    ResponseTypeSymbols = responses,
                    HandlerSymbol = action,
                    HandlerSyntax = syntax,
                };
            }
        }
    }

    private static IEnumerable<IMethodSymbol> ActionMethods(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null && Symbols.InSource(t); t = t.BaseType)
        {
            foreach (var m in t.GetMembers().OfType<IMethodSymbol>())
            {
                if (m is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsAbstract: false, IsGenericMethod: false }
                    && !Symbols.Has(m, "NonAction") && names.Add(m.Name + "/" + m.Parameters.Length))
                {
                    yield return m;
                }
            }
        }
    }

    // An override keeps the routing attributes of the method it overrides (MVC reads them with inherit: true).
    private static IEnumerable<AttributeData> AttributesWithOverrides(IMethodSymbol method)
    {
        for (var m = method; m is not null; m = m.OverriddenMethod)
        {
            foreach (var a in m.GetAttributes())
            {
                yield return a;
            }
        }
    }

    private AuthDecision Authorization(INamedTypeSymbol type, IMethodSymbol action, List<AttributeData> actionAttributes, List<(AttributeData Attribute, INamedTypeSymbol Owner)> typeAttributes)
    {
        var actionName = $"{type.Name}.{action.Name}";
        if (actionAttributes.Any(a => Symbols.Implements(a.AttributeClass, "IAllowAnonymous")))
        {
            return new AuthDecision(EndpointAuth.Public, $"[AllowAnonymous] on {actionName}");
        }

        if (typeAttributes.FirstOrDefault(a => Symbols.Implements(a.Attribute.AttributeClass, "IAllowAnonymous")) is { Attribute: not null } anonymous)
        {
            return new AuthDecision(EndpointAuth.Public, $"[AllowAnonymous] on {anonymous.Owner.Name}");
        }

        var decisions = actionAttributes.Where(a => Symbols.Implements(a.AttributeClass, "IAuthorizeData")).Select(a => AuthDecision.FromAuthorize(a, actionName))
            .Concat(typeAttributes.Where(a => Symbols.Implements(a.Attribute.AttributeClass, "IAuthorizeData")).Select(a => AuthDecision.FromAuthorize(a.Attribute, a.Owner.Name)))
            .ToList();
        return decisions.Count == 0 ? AuthDecision.Default(global, isController: true)
            : decisions.FirstOrDefault(d => d.Auth == EndpointAuth.Policy) ?? decisions[0];
    }

    private static bool IsRouteAttribute(AttributeData a) =>
        Symbols.Is(a.AttributeClass, "Route") || (Symbols.Implements(a.AttributeClass, "IRouteTemplateProvider") && !IsVerbAttribute(a));

    private static bool IsVerbAttribute(AttributeData a) => Symbols.Is(a.AttributeClass, "HttpMethodAttribute") || Symbols.Is(a.AttributeClass, "AcceptVerbs");

    private static IEnumerable<string> Verbs(AttributeData a)
    {
        foreach (var verb in (string[])["Get", "Post", "Put", "Delete", "Patch", "Head", "Options"])
        {
            if (Symbols.Is(a.AttributeClass, "Http" + verb))
            {
                return [verb.ToUpperInvariant()];
            }
        }

        return a.ConstructorArguments.SelectMany(c => c.Kind == TypedConstantKind.Array ? c.Values : [c])
            .Select(c => c.Value as string).OfType<string>().Select(v => v.ToUpperInvariant());
    }

    /// <summary>The template an attribute gives, including a custom attribute whose constructor passes a constant to its base.</summary>
    private string? Template(AttributeData a)
    {
        if (Symbols.Is(a.AttributeClass, "AcceptVerbs"))
        {
            return Symbols.Named(a, "Route");
        }

        if (Symbols.Named(a, "Template") is { } named)
        {
            return named;
        }

        if (a.AttributeConstructor is { } ctor && ctor.Parameters.Length > 0 && ctor.Parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            var given = Symbols.StringArg(a);
            return Symbols.InSource(ctor) ? BaseTemplate(ctor, given) ?? given : given;
        }

        return a.AttributeConstructor is { } source && Symbols.InSource(source) ? BaseTemplate(source, null) : null;
    }

    // class V2GetAttribute(string t) : HttpGetAttribute("v2/" + t) — fold what is constant, substitute the forwarded parameter.
    private string? BaseTemplate(IMethodSymbol ctor, string? given)
    {
        var syntax = ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var argument = syntax switch
        {
            ConstructorDeclarationSyntax c => c.Initializer?.ArgumentList.Arguments.FirstOrDefault()?.Expression,
            ClassDeclarationSyntax k => k.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault()?.ArgumentList.Arguments.FirstOrDefault()?.Expression,
            _ => null,
        };
        if (argument is null)
        {
            return null;
        }

        var model = workspace.Model(argument.SyntaxTree);
        return Fold(argument, model, given);
    }

    private static string? Fold(ExpressionSyntax e, SemanticModel model, string? given)
    {
        if (model.GetConstantValue(e) is { HasValue: true, Value: string s })
        {
            return s;
        }

        return e switch
        {
            IdentifierNameSyntax when model.GetSymbolInfo(e).Symbol is IParameterSymbol => given,
            BinaryExpressionSyntax b when Fold(b.Left, model, given) is { } l && Fold(b.Right, model, given) is { } r => l + r,
            _ => null,
        };
    }

    // [ApiVersion("1.0")] with "v{version:apiVersion}" → "v1", as Asp.Versioning's explorer substitutes it.
    private static string? ApiVersionSegment(AttributeData a)
    {
        // Asp.Versioning is rarely restorable here: read the unresolved attribute's argument from its syntax.
        var text = Symbols.StringArg(a) ?? a.ConstructorArguments.FirstOrDefault().Value?.ToString()
            ?? (a.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.ToString().Trim('"');
        if (text is null)
        {
            return null;
        }

        return text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
    }

    private static IEnumerable<string> ExpandVersions(string route, List<string> versions)
    {
        var start = route.IndexOf("{version:apiVersion}", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || versions.Count == 0)
        {
            return [route];
        }

        return versions.Select(v => route[..start] + v + route[(start + "{version:apiVersion}".Length)..]);
    }
}
