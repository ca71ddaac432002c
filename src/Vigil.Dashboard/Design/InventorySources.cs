namespace Vigil.Dashboard.Design;

/// <summary>The source names the inventory uses, and which of its endpoints the Code page lists as a disagreement.</summary>
public static class InventorySources
{
    public const string Traffic = "traffic";
    public const string Spec = "spec";
    public const string Code = "code";

    /// <summary>
    /// Shadow and zombie endpoints, and — so the diff says something without a spec too — endpoints the code declares
    /// that no traffic has hit, and traffic the code does not declare. Problems first, then by route.
    /// </summary>
    public static IReadOnlyList<InventoryEntry> Disagreements(IReadOnlyList<InventoryEntry> inventory, bool hasSpec) =>
        [.. inventory
            .Where(e => e.Status is "shadow" or "zombie" || e.Sources.Contains(Code) != e.Seen || (hasSpec && e.Sources.Contains(Spec) != e.Sources.Contains(Code)))
            .OrderBy(e => e.Status switch { "zombie" => 0, "shadow" => 1, _ => 2 })
            .ThenBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
}
