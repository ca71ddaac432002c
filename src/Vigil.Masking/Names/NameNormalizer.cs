namespace Vigil.Masking.Names;

/// <summary>
/// Folds the spellings of one name together: lowercase, and drop <c>-</c>, <c>_</c>, <c>.</c> and spaces,
/// so <c>API-Key</c>, <c>api_key</c> and <c>apiKey</c> all become <c>apikey</c>.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>Writes the normalised form of <paramref name="name"/> into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.' or ' ')
            {
                continue;
            }

            destination[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
        }

        return length;
    }

    public static string Normalize(string name)
    {
        var buffer = new char[name.Length];
        return new string(buffer, 0, Normalize(name, buffer));
    }

    /// <summary>
    /// The last segment of a path-like name (<c>user[pin]</c>, <c>card.cvv</c>, <c>ns:password</c>), or the whole name.
    /// Lets short exact names such as <c>pin</c> match inside form and XML naming conventions.
    /// </summary>
    public static ReadOnlySpan<char> LastSegment(ReadOnlySpan<char> name)
    {
        var trimmed = name.TrimEnd("[]./:");
        var cut = trimmed.LastIndexOfAny("[]./:");
        return cut < 0 ? trimmed : trimmed[(cut + 1)..];
    }
}
