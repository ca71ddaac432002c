namespace Vigil.Detection.Injection.Script;

/// <summary>
/// A small JavaScript tokenizer: enough to tell a fragment of script from prose. It can start inside a
/// string literal of the host page's script (the value was placed between its quotes). Comments are trivia;
/// the caller says when a <c>/</c> would start a regular expression, because only the grammar knows.
/// </summary>
internal ref partial struct JsLexer
{
    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
    ];

    // Multi-character punctuators indexed by their first character, longest first.
    private static readonly string[]?[] PunctuatorsByFirst = Enumerable.Range(0, 128)
        .Select(c => Punctuators.Where(p => p[0] == c).ToArray() is { Length: > 0 } group ? group : null)
        .ToArray();

    private readonly ReadOnlySpan<char> _s;
    private readonly char _hostQuote;
    private readonly bool _backslashEscapes;
    private int _pos;
    private bool _started;

    public JsLexer(ReadOnlySpan<char> value, char hostQuote, bool backslashEscapes)
    {
        _s = value;
        _hostQuote = hostQuote;
        _backslashEscapes = backslashEscapes;
    }

    /// <summary>The value ends inside a comment (the host's remaining script is commented out).</summary>
    public bool EndsInComment { get; private set; }

    /// <summary>The value ends inside a literal it re-opened, which the host's own quote closes.</summary>
    public bool EndsInHostString { get; private set; }

    public readonly ReadOnlySpan<char> Text(JsToken token) => _s.Slice(token.Start, token.Length);

    public JsToken Next(bool regexAllowed)
    {
        if (!_started)
        {
            _started = true;
            if (_hostQuote != '\0')
            {
                return ScanString(0, 0, _hostQuote, newline: false);
            }
        }

        bool newline = SkipTrivia();
        if (_pos >= _s.Length)
        {
            return new JsToken(JsTokenKind.End, _s.Length, 0);
        }

        int start = _pos;
        char c = _s[_pos];
        var flags = newline ? JsTokenFlags.NewlineBefore : JsTokenFlags.None;
        if (c is '\'' or '"')
        {
            return ScanString(start, start + 1, c, newline);
        }

        if (c == '`')
        {
            return ScanTemplate(start, flags);
        }

        if (IsIdentifierStart(c) || (c == '\\' && Peek(1) == 'u'))
        {
            while (_pos < _s.Length && (IsIdentifierPart(_s[_pos]) || (_s[_pos] == '\\' && Peek(1) == 'u')))
            {
                _pos += _s[_pos] == '\\' ? 2 : 1;
            }

            return new JsToken(JsTokenKind.Identifier, start, _pos - start, flags);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            // A number holds one '.', so "8680439..toString(30)" is the number "8680439." and a member access.
            bool dot = c == '.';
            _pos++;
            while (_pos < _s.Length && (char.IsAsciiLetterOrDigit(_s[_pos]) || _s[_pos] == '_' || (_s[_pos] == '.' && !dot) ||
                                        (_s[_pos] is '+' or '-' && _s[_pos - 1] is 'e' or 'E')))
            {
                dot |= _s[_pos] == '.';
                _pos++;
            }

            // "1alert" is not a number followed by a name: JavaScript rejects it, and so does this reader.
            return IsNumber(_s[start.._pos])
                ? new JsToken(JsTokenKind.Number, start, _pos - start, flags)
                : new JsToken(JsTokenKind.Unknown, start, _pos - start, flags);
        }

        if (c == '/' && regexAllowed)
        {
            return ScanRegex(start, flags);
        }

        if (c < 128 && PunctuatorsByFirst[c] is { } candidates)
        {
            foreach (string p in candidates)
            {
                if (_s[_pos..].StartsWith(p, StringComparison.Ordinal))
                {
                    _pos += p.Length;
                    return new JsToken(JsTokenKind.Punctuator, start, p.Length, flags);
                }
            }
        }

        _pos++;
        return "{}()[];,<>+-*/%&|^!~?:=.@#".Contains(c)
            ? new JsToken(JsTokenKind.Punctuator, start, 1, flags)
            : new JsToken(JsTokenKind.Unknown, start, 1, flags);
    }

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' || (c > 0x7F && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || (c > 0x7F && char.IsLetterOrDigit(c));

    private bool SkipTrivia()
    {
        bool newline = false;
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                newline = true;
                _pos++;
            }
            else if (char.IsWhiteSpace(c) || c == '\0')
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                SkipLine();
            }
            else if (c == '<' && _s[_pos..].StartsWith("<!--", StringComparison.Ordinal))
            {
                // HTML-like comments are line comments in classic scripts.
                SkipLine();
            }
            else if (c == '-' && newline && _s[_pos..].StartsWith("-->", StringComparison.Ordinal))
            {
                SkipLine();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                int close = _s[(_pos + 2)..].IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    EndsInComment = true;
                    _pos = _s.Length;
                }
                else
                {
                    newline |= _s.Slice(_pos, close + 2).ContainsAny('\n', '\r');
                    _pos += close + 4;
                }
            }
            else
            {
                break;
            }
        }

        return newline;
    }

    private void SkipLine()
    {
        int end = _s[_pos..].IndexOfAny('\n', '\r');
        if (end < 0)
        {
            EndsInComment = true;
            _pos = _s.Length;
        }
        else
        {
            _pos += end;
        }
    }

    private readonly char Peek(int ahead) => _pos + ahead < _s.Length ? _s[_pos + ahead] : '\0';
}
