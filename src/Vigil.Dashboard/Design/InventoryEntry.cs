namespace Vigil.Dashboard.Design;

/// <summary>
/// One endpoint of the three-way inventory as <c>/v1/endpoints</c> answers it. <see cref="Seen"/> is false for an
/// endpoint known only from the spec or the code. <see cref="Status"/> is <c>documented</c>, <c>shadow</c> or
/// <c>zombie</c> (null without a spec); <see cref="Route"/> is the traffic's template for a seen endpoint.
/// </summary>
public sealed record InventoryEntry(string Method, string Route, IReadOnlyList<string> Sources, string? Status, bool Deprecated, bool Seen)
{
    public string? Handler { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    /// <summary>What the code requires: <c>public</c>, <c>authenticated</c> or <c>policy</c>.</summary>
    public string? CodeAuth { get; init; }

    public string Key => $"{Method} {Route}";
}
