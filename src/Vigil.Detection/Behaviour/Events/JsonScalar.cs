namespace Vigil.Detection.Behaviour.Events;

/// <summary>Reads one short JSON scalar (a number or a string of at most 64 characters) after a property name, by hand.</summary>
internal static class JsonScalar
{
    public const int MaxLength = 64;

    /// <summary>What follows the colon after a property name, trimmed; empty when no colon follows.</summary>
    public static ReadOnlySpan<char> AfterColon(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return rest.Length < 2 || rest[0] != ':' ? default : rest[1..].TrimStart();
    }

    /// <summary>The scalar at the start of <paramref name="value"/>, or null for an object, a list, nothing or a long value.</summary>
    public static string? Read(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value[0] is '[' or '{')
        {
            return null; // an id holding a list or an object names no one object
        }

        var quoted = value[0] == '"';
        var text = quoted ? value[1..] : value;
        var end = quoted ? text.IndexOf('"') : text.IndexOfAny(',', '}', ']');
        var scalar = text[..(end < 0 ? text.Length : end)].Trim();
        return scalar.Length is > 0 and <= MaxLength && !scalar.SequenceEqual("null") ? scalar.ToString() : null;
    }
}
