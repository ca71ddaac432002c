namespace Vigil.Detection.Injection.Sql;

/// <summary>Character classes as the SQL lexers of the supported dialects see them (the lenient union).</summary>
internal static class SqlChars
{
    // NUL, vertical tab, form feed and NBSP are whitespace to at least one dialect or to the decoders upstream.
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\0' or '\u00A0' || (c > 0x7F && char.IsWhiteSpace(c));

    public static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 0x7F && !IsSpace(c) && !IsQuoteLike(c));

    public static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || (c > 0x7F && !IsSpace(c) && !IsQuoteLike(c));

    // Typographic quotes, primes and dashes stay out of words (they are never SQL syntax), so "O’Brien"
    // lexes like prose and a pasted "–" ends an injection instead of gluing onto its last operand.
    private static bool IsQuoteLike(char c) => c is >= '\u2010' and <= '\u201F' || c is '\u2032' or '\u2033' or '\u2212';
}
