namespace Vigil.OpenApi.Positions;

/// <summary>
/// FNV-1a over the characters of an escaped JSON pointer, folded one segment at a time so a walker can extend a
/// parent's hash without building the child's string. A 10 MB document has about a million nodes; keeping a 64-bit
/// hash per node instead of its pointer string keeps the index near 16 bytes a node rather than ~150.
/// </summary>
internal static class PointerHash
{
    public const ulong Root = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> escapedPointer)
    {
        var h = Root;
        foreach (var c in escapedPointer)
        {
            h = Fold(h, c);
        }

        return h;
    }

    /// <summary>The hash of <c>parent + "/" + escape(segment)</c>, escaping <c>~</c> and <c>/</c> as RFC 6901 says.</summary>
    public static ulong Child(ulong parent, ReadOnlySpan<char> segment)
    {
        var h = Fold(parent, '/');
        foreach (var c in segment)
        {
            switch (c)
            {
                case '~':
                    h = Fold(Fold(h, '~'), '0');
                    break;
                case '/':
                    h = Fold(Fold(h, '~'), '1');
                    break;
                default:
                    h = Fold(h, c);
                    break;
            }
        }

        return h;
    }

    public static ulong Child(ulong parent, int index)
    {
        Span<char> digits = stackalloc char[11];
        index.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return Child(parent, digits[..written]);
    }

    private static ulong Fold(ulong h, char c) => (h ^ c) * Prime;
}
