using Microsoft.CodeAnalysis;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>
/// Public properties of a handler's response types and the types they contain (two levels, collections and generic
/// wrappers looked through, <c>[JsonIgnore]</c> skipped) whose lower-cased, underscore-free name matches, as <c>Type.Path.Name</c>.
/// </summary>
internal static class ResponseFields
{
    public static IReadOnlyList<string> Find(ScanEndpoint endpoint, Func<string, bool> matches)
    {
        var fields = new List<string>();
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in endpoint.ResponseTypeSymbols)
        {
            Collect(type, null, 0, fields, matches, seen);
        }

        return [.. fields.Distinct()];
    }

    private static void Collect(ITypeSymbol type, string? path, int depth, List<string> fields, Func<string, bool> matches, HashSet<ITypeSymbol> seen)
    {
        if (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments: [var element] } && !Symbols.InSource(type))
        {
            type = element; // List<T>, IEnumerable<T>, IReadOnlyList<T> from a library
        }

        if (depth > 2 || !Symbols.InSource(type) || !seen.Add(type))
        {
            return;
        }

        path ??= type.IsAnonymousType ? "(anonymous)" : type.Name;
        foreach (var p in type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic))
        {
            if (p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute"))
            {
                continue;
            }

            if (matches(p.Name.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal)))
            {
                fields.Add($"{path}.{p.Name}");
            }

            Collect(p.Type, $"{path}.{p.Name}", depth + 1, fields, matches, seen);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (var arg in generic.TypeArguments)
            {
                Collect(arg, path, depth + 1, fields, matches, seen);
            }
        }
    }
}
