using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Taint;

/// <summary>Request data read directly: <c>HttpRequest.Query/Form/Headers/Body/RouteValues/Cookies/Path/QueryString</c>.</summary>
internal static class TaintSources
{
    private static readonly HashSet<string> RequestMembers = ["Query", "Form", "Headers", "Body", "BodyReader", "RouteValues", "Cookies", "Path", "QueryString", "PathBase"];

    public static bool IsRequestRead(MemberAccessExpressionSyntax access, SemanticCache semantics) =>
        RequestMembers.Contains(access.Name.Identifier.Text)
        && semantics.Type(access.Expression) is { Name: "HttpRequest" or "HttpRequestMessage" or "HttpRequestData" };

    /// <summary>Cheap syntactic test: could this code read <c>HttpRequest</c> (<c>Request.Query</c>, <c>req.Headers</c>…)?</summary>
    public static bool MayReadRequest(SyntaxNode body) => body.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(IsRequestReadSyntax);

    public static bool IsRequestReadSyntax(MemberAccessExpressionSyntax m) => RequestMembers.Contains(m.Name.Identifier.Text) && m.Expression switch
    {
        IdentifierNameSyntax id => id.Identifier.Text.Contains("req", StringComparison.OrdinalIgnoreCase),
        MemberAccessExpressionSyntax inner => inner.Name.Identifier.Text.Contains("Request", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Values that cannot carry an injection whatever the client sent: numbers, booleans, dates, GUIDs, enums.</summary>
    public static bool IsInert(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsInert(nullable.TypeArguments[0]);
        }

        return type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Boolean
            or >= SpecialType.System_SByte and <= SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime
            || type.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Task" && type is INamedTypeSymbol { IsGenericType: false };
    }
}
