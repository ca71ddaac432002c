namespace Vigil.Audit.Checks.Design;

/// <summary>The case style of words: one per path, <see cref="Mixed"/> when its segments disagree.</summary>
internal enum NamingStyleKind
{
    Neutral,
    Kebab,
    Snake,
    Camel,
    Pascal,
    Mixed,
}

internal static class NamingStyle
{
    public const NamingStyleKind Neutral = NamingStyleKind.Neutral;
    public const NamingStyleKind Mixed = NamingStyleKind.Mixed;

    public static NamingStyleKind Of(IEnumerable<string> segments)
    {
        var found = NamingStyleKind.Neutral;
        foreach (var segment in segments)
        {
            var style = OfWord(segment);
            if (style == NamingStyleKind.Neutral)
            {
                continue;
            }

            if (found != NamingStyleKind.Neutral && found != style)
            {
                return NamingStyleKind.Mixed;
            }

            found = style;
        }

        return found;
    }

    /// <summary>"orders" is neutral (fits every style); "order-items" kebab; "order_items" snake; "orderItems" camel; "OrderItems" Pascal.</summary>
    public static NamingStyleKind OfWord(string word)
    {
        var dash = word.Contains('-', StringComparison.Ordinal);
        var underscore = word.Contains('_', StringComparison.Ordinal);
        var upperInside = word.Skip(1).Any(char.IsUpper);
        var upperFirst = word.Length > 0 && char.IsUpper(word[0]);
        return (dash, underscore, upperInside, upperFirst) switch
        {
            (true, false, false, false) => NamingStyleKind.Kebab,
            (false, true, false, false) => NamingStyleKind.Snake,
            (false, false, true, false) => NamingStyleKind.Camel,
            (false, false, _, true) => NamingStyleKind.Pascal,
            (false, false, false, false) => NamingStyleKind.Neutral,
            _ => NamingStyleKind.Mixed,
        };
    }

    public static string Name(NamingStyleKind style) => style switch
    {
        NamingStyleKind.Kebab => "kebab-case",
        NamingStyleKind.Snake => "snake_case",
        NamingStyleKind.Camel => "camelCase",
        NamingStyleKind.Pascal => "PascalCase",
        NamingStyleKind.Mixed => "mixed",
        _ => "neutral",
    };
}
