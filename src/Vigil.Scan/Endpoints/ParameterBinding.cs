using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Where ASP.NET Core binds a handler parameter from, as its inference rules say: explicit <c>[FromX]</c> first, then
/// route names, simple types from the query, framework and registered services excluded, one complex type from the body.
/// </summary>
internal static class ParameterBinding
{
    private static readonly HashSet<string> FrameworkTypes =
    [
        "HttpContext", "HttpRequest", "HttpResponse", "CancellationToken", "ClaimsPrincipal", "IServiceProvider",
        "ILogger", "ILoggerFactory", "IConfiguration", "IWebHostEnvironment", "IHostEnvironment", "TimeProvider", "IAuthorizationService",
        "PipeWriter", "IFormCollection", "IMediator", "ISender", "LinkGenerator", "IOptions", "IOptionsSnapshot", "IOptionsMonitor",
    ];

    private static readonly HashSet<string> SimpleTypes =
        ["Guid", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Uri", "Decimal", "Version", "IPAddress"];

    public static IEnumerable<ScanParameter> Infer(
        IEnumerable<IParameterSymbol> parameters, IReadOnlyList<string> routeNames, bool complexFromBody, ServiceTypes services)
    {
        var bodyTaken = false;
        foreach (var p in parameters)
        {
            foreach (var bound in Infer(p, p.Type, p.Name, routeNames, complexFromBody, services, ref bodyTaken))
            {
                yield return bound;
            }
        }
    }

    private static IEnumerable<ScanParameter> Infer(
        ISymbol p, ITypeSymbol type, string name, IReadOnlyList<string> routeNames, bool complexFromBody, ServiceTypes services, ref bool bodyTaken)
    {
        var typeName = Symbols.TypeName(type);
        if (Symbols.Has(p, "AsParameters") && type is INamedTypeSymbol container)
        {
            return AsParameters(container, routeNames, complexFromBody, services);
        }

        if (Explicit(p) is { } explicitSource)
        {
            return explicitSource.Source is null ? [] : [new ScanParameter(explicitSource.Name ?? name, explicitSource.Source.Value, typeName)];
        }

        if (type.Name is "IFormFile" or "IFormFileCollection")
        {
            return [new ScanParameter(name, ParameterSource.Form, typeName)];
        }

        if (type.Name is "Stream" or "PipeReader")
        {
            return [new ScanParameter(name, ParameterSource.Body, typeName)];
        }

        if (FrameworkTypes.Contains(type.Name) || type.Name.StartsWith("ILogger", StringComparison.Ordinal))
        {
            return [];
        }

        if (routeNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return [new ScanParameter(name, ParameterSource.Route, typeName)];
        }

        if (IsSimple(type))
        {
            return [new ScanParameter(name, ParameterSource.Query, typeName)];
        }

        if (type.TypeKind == TypeKind.Interface || type.IsAbstract || services.Contains(type) || !complexFromBody || bodyTaken)
        {
            return [];
        }

        bodyTaken = true;
        return [new ScanParameter(name, ParameterSource.Body, typeName)];
    }

    private static IEnumerable<ScanParameter> AsParameters(INamedTypeSymbol container, IReadOnlyList<string> routeNames, bool complexFromBody, ServiceTypes services)
    {
        var bodyTaken = false;
        var ctor = container.InstanceConstructors.OrderByDescending(c => c.Parameters.Length).FirstOrDefault();
        var members = ctor is { Parameters.Length: > 0 }
            ? ctor.Parameters.Select(p => ((ISymbol)p, p.Type, p.Name))
            : container.GetMembers().OfType<IPropertySymbol>().Where(p => p.SetMethod is not null).Select(p => ((ISymbol)p, p.Type, p.Name));
        var result = new List<ScanParameter>();
        foreach (var (symbol, type, name) in members)
        {
            // A record's positional parameters carry their [FromX] on the generated property too; ask the property as well.
            var source = symbol is IParameterSymbol && container.GetMembers(name).FirstOrDefault() is IPropertySymbol prop && Explicit(symbol) is null ? prop : symbol;
            result.AddRange(Infer(source, type, name, routeNames, complexFromBody, services, ref bodyTaken));
        }

        return result;
    }

    private static (ParameterSource? Source, string? Name)? Explicit(ISymbol p)
    {
        foreach (var a in p.GetAttributes())
        {
            var source = a.AttributeClass?.Name switch
            {
                "FromRouteAttribute" => ParameterSource.Route,
                "FromQueryAttribute" => ParameterSource.Query,
                "FromBodyAttribute" => ParameterSource.Body,
                "FromHeaderAttribute" => ParameterSource.Header,
                "FromFormAttribute" => ParameterSource.Form,
                "FromServicesAttribute" or "FromKeyedServicesAttribute" => (ParameterSource?)null,
                _ => (ParameterSource?)(ParameterSource)(-1),
            };
            if (source is { } s && (int)s == -1)
            {
                continue;
            }

            return (source, Symbols.Named(a, "Name"));
        }

        return null;
    }

    public static bool IsSimple(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsSimple(nullable.TypeArguments[0]);
        }

        if (type is IArrayTypeSymbol array)
        {
            return IsSimple(array.ElementType);
        }

        return type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum || SimpleTypes.Contains(type.Name)
            || type.GetMembers("TryParse").Any(m => m.IsStatic);
    }
}
