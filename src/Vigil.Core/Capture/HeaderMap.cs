namespace Vigil.Core.Capture;

/// <summary>
/// HTTP headers by name, case-insensitive. A header sent several times keeps every value in order.
/// On the wire a single value is a string and several are an array.
/// </summary>
public sealed class HeaderMap : Dictionary<string, string[]>
{
    public HeaderMap()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public HeaderMap(int capacity)
        : base(capacity, StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>The first value of a header, or null.</summary>
    public string? First(string name) =>
        TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;
}
