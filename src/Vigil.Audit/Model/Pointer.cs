namespace Vigil.Audit.Model;

/// <summary>Builds escaped JSON pointers (RFC 6901).</summary>
internal static class Pointer
{
    public static string Child(string parent, string segment) =>
        parent + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string parent, int index) => parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Join(string parent, params string[] segments) => segments.Aggregate(parent, Child);
}
