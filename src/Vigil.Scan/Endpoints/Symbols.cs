using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Symbol questions asked by name, so a type from an unrestored package (an error type) still answers by what it is called.
/// </summary>
internal static class Symbols
{
    public static bool Is(ITypeSymbol? type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == name || t.Name == name + "Attribute")
            {
                return true;
            }
        }

        return false;
    }

    public static bool Implements(ITypeSymbol? type, string interfaceName) =>
        type is not null && (type.Name == interfaceName || type.AllInterfaces.Any(i => i.Name == interfaceName));

    public static IEnumerable<AttributeData> Attributes(ISymbol symbol, string name) =>
        symbol.GetAttributes().Where(a => Is(a.AttributeClass, name));

    public static bool Has(ISymbol symbol, string name) => Attributes(symbol, name).Any();

    public static string? StringArg(AttributeData attribute, int index = 0) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index] is { Kind: TypedConstantKind.Primitive, Value: string s } ? s : null;

    public static string? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    /// <summary>Attributes on a type and its base types (route and authorization attributes are inherited).</summary>
    public static IEnumerable<(AttributeData Attribute, INamedTypeSymbol Owner)> TypeAttributes(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var a in t.GetAttributes())
            {
                yield return (a, t);
            }
        }
    }

    public static string Place(ISymbol symbol)
    {
        var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        return location is null ? symbol.Name : Place(location);
    }

    public static Vigil.Core.Findings.SourceLocation SourceOf(Location location)
    {
        var span = location.GetLineSpan();
        return new Vigil.Core.Findings.SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public static string Place(Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}";
    }

    /// <summary>Short C# type name: <c>List&lt;OrderView&gt;</c>, <c>int?</c>.</summary>
    public static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    public static bool InSource(ISymbol? symbol) => symbol is not null && symbol.Locations.Any(l => l.IsInSource);
}
