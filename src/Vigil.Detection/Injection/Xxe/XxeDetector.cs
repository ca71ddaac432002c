namespace Vigil.Detection.Injection.Xxe;

/// <summary>
/// XML external entities and their relatives in a value: a DTD that declares an external entity
/// (<c>&lt;!ENTITY x SYSTEM "file:///etc/passwd"&gt;</c>, parameter entities included), a DOCTYPE that loads an
/// external DTD, entity declarations that reference other entities (expansion bombs), and XInclude.
/// Declarations are read token by token (markup declaration, name, keyword, literal), not matched as text,
/// so <c>&lt;!DOCTYPE html&gt;</c> and prose mentioning "entity" or "system" stay clean.
/// </summary>
internal static class XxeDetector
{
    public const string ExternalEntity = "external-entity";
    public const string ExternalDtd = "external-dtd";
    public const string EntityExpansion = "entity-expansion";
    public const string EntityDeclaration = "entity-declaration";
    public const string XInclude = "xinclude";

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        int lt = value.IndexOf("<!", StringComparison.Ordinal);
        if (lt < 0)
        {
            return value.Contains("<xi:include", StringComparison.OrdinalIgnoreCase) ? Verdict(XInclude) : InjectionVerdict.Clean;
        }

        string? reason = null;
        for (int i = lt; i >= 0 && i < value.Length; i = NextDeclaration(value, i + 2))
        {
            ReadOnlySpan<char> rest = value[(i + 2)..];
            string? found = rest.StartsWith("ENTITY", StringComparison.OrdinalIgnoreCase) ? Entity(rest[6..])
                : rest.StartsWith("DOCTYPE", StringComparison.OrdinalIgnoreCase) ? Doctype(rest[7..])
                : null;
            if (found == ExternalEntity || found == EntityExpansion)
            {
                return Verdict(found);
            }

            reason ??= found;
        }

        if (reason is null && value.Contains("<xi:include", StringComparison.OrdinalIgnoreCase))
        {
            reason = XInclude;
        }

        return reason is null ? InjectionVerdict.Clean : Verdict(reason);
    }

    private static int NextDeclaration(ReadOnlySpan<char> value, int from)
    {
        if (from >= value.Length)
        {
            return -1;
        }

        int next = value[from..].IndexOf("<!", StringComparison.Ordinal);
        return next < 0 ? -1 : from + next;
    }

    // <!ENTITY [%] name (SYSTEM "uri" | PUBLIC "id" "uri" | "value")>
    private static string? Entity(ReadOnlySpan<char> rest)
    {
        var reader = new DeclarationReader(rest);
        ReadOnlySpan<char> word = reader.Word();
        if (word.SequenceEqual("%"))
        {
            word = reader.Word();
        }

        if (word.IsEmpty)
        {
            return null;
        }

        ReadOnlySpan<char> next = reader.Word();
        if (next.Equals("SYSTEM", StringComparison.OrdinalIgnoreCase) || next.Equals("PUBLIC", StringComparison.OrdinalIgnoreCase))
        {
            return ExternalEntity;
        }

        if (next.Length >= 2 && next[0] is '"' or '\'')
        {
            // An internal entity whose replacement text references entities: the billion-laughs shape.
            return next.Contains('&') || next.Contains('%') ? EntityExpansion : EntityDeclaration;
        }

        return null;
    }

    // <!DOCTYPE name SYSTEM "uri"> or PUBLIC "id" "uri"; an internal subset is judged by its ENTITY declarations.
    private static string? Doctype(ReadOnlySpan<char> rest)
    {
        var reader = new DeclarationReader(rest);
        if (reader.Word().IsEmpty)
        {
            return null;
        }

        ReadOnlySpan<char> next = reader.Word();
        bool external = next.Equals("SYSTEM", StringComparison.OrdinalIgnoreCase) || next.Equals("PUBLIC", StringComparison.OrdinalIgnoreCase);
        return external && !reader.Word().IsEmpty ? ExternalDtd : null;
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Xxe, reason, InjectionContext.Raw);

    /// <summary>Splits a markup declaration into names, keywords and quoted literals.</summary>
    private ref struct DeclarationReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _pos;

        public ReadOnlySpan<char> Word()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }

            if (_pos >= _text.Length || _text[_pos] is '>' or '[')
            {
                return default;
            }

            int start = _pos;
            char c = _text[_pos];
            if (c is '"' or '\'')
            {
                int close = _text[(_pos + 1)..].IndexOf(c);
                _pos = close < 0 ? _text.Length : _pos + close + 2;
                return _text[start.._pos];
            }

            if (c == '%')
            {
                _pos++;
                return _text[start.._pos];
            }

            while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ('>' or '[' or '"' or '\''))
            {
                _pos++;
            }

            return _text[start.._pos];
        }
    }
}
