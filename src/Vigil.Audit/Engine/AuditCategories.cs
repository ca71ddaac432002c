namespace Vigil.Audit.Engine;

/// <summary>The three score categories; the names are the stable JSON keys under <c>categories</c>.</summary>
public static class AuditCategories
{
    public const string Security = "security";
    public const string Validation = "validation";
    public const string Design = "design";

    public static IReadOnlyList<string> All { get; } = [Security, Validation, Design];
}
