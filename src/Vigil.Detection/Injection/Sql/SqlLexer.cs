namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// A span-based SQL tokenizer covering the union of the common dialects. It can start inside a string
/// literal (the value was pasted between the host query's quotes), in which case the first token is the
/// rest of that literal. Comments are trivia: the parser never sees them, but the lexer records whether the
/// value ends inside one (comment truncation) and how much text that comment swallows. MySQL versioned
/// comments (<c>/*!50000 UNION*/</c>) are executed by MySQL, so their content is lexed as code.
/// Nothing here allocates.
/// </summary>
internal ref partial struct SqlLexer
{
    private const int ShortCommentLimit = 3;

    private readonly ReadOnlySpan<char> _s;
    private readonly char _hostQuote;
    private readonly bool _backslashEscapes;
    private int _pos;
    private int _versionedDepth;
    private bool _started;

    public SqlLexer(ReadOnlySpan<char> value, char hostQuote, bool backslashEscapes)
    {
        _s = value;
        _hostQuote = hostQuote;
        _backslashEscapes = backslashEscapes;
    }

    /// <summary>The value ends inside a comment, which swallows whatever the host query had after the value.</summary>
    public bool EndsInComment { get; private set; }

    /// <summary>That trailing comment holds at most a few characters (<c>--</c>, <c>-- -</c>, <c>#</c>, <c>/*</c>).</summary>
    public bool TrailingCommentIsShort { get; private set; }

    public bool SawVersionedComment { get; private set; }

    /// <summary>The value ends inside a literal it opened, which the host's closing quote completes.</summary>
    public bool EndsInHostString { get; private set; }

    /// <summary>That re-opened literal contains whitespace (a phrase, not a token).</summary>
    public bool HostStringHasSpace { get; private set; }

    public readonly ReadOnlySpan<char> Text(SqlToken token) => _s.Slice(token.Start, token.Length);

    public SqlToken Next()
    {
        if (!_started)
        {
            _started = true;
            if (_hostQuote != '\0')
            {
                return ScanQuoted(0, 0, _hostQuote, SqlTokenKind.String);
            }
        }

        SkipTrivia();
        if (_pos >= _s.Length)
        {
            return new SqlToken(SqlTokenKind.End, _s.Length, 0);
        }

        int start = _pos;
        char c = _s[_pos];
        switch (c)
        {
            case '\'':
            case '"':
                return ScanQuoted(start, start + 1, c, SqlTokenKind.String);
            case '`':
                return ScanQuoted(start, start + 1, '`', SqlTokenKind.QuotedIdentifier);
            case '[':
                return ScanBracketed(start);
            case ',':
                return Single(SqlTokenKind.Comma);
            case ';':
                return Single(SqlTokenKind.Semicolon);
            case '(':
                return Single(SqlTokenKind.OpenParen);
            case ')':
                return Single(SqlTokenKind.CloseParen);
            case '@':
                return ScanVariable(start);
            case '$':
                return ScanDollar(start);
            case '\\':
                return ScanBackslash(start);
            case '.' when _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]):
                return ScanNumber(start);
            case '.':
                return Single(SqlTokenKind.Dot);
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumber(start);
        }

        if (SqlChars.IsWordStart(c))
        {
            return ScanWord(start);
        }

        SqlOperator op = SqlOperators.Match(_s, _pos, out int length);
        if (op != SqlOperator.None)
        {
            _pos += length;
            return new SqlToken(SqlTokenKind.Operator, start, length, code: (byte)op);
        }

        return Single(SqlTokenKind.Unknown);
    }

    private SqlToken Single(SqlTokenKind kind) => new(kind, _pos++, 1);

    private void SkipTrivia()
    {
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (SqlChars.IsSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else if ((c == '-' && Peek(1) == '-') || c == '#')
            {
                SkipLineComment(c == '#' ? 1 : 2);
            }
            else if (c == '*' && Peek(1) == '/' && _versionedDepth > 0)
            {
                _versionedDepth--;
                _pos += 2;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        if (Peek(2) == '!')
        {
            // MySQL runs the body of /*! ... */ (optionally after a version number) as SQL.
            SawVersionedComment = true;
            _versionedDepth++;
            _pos += 3;
            while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
            {
                _pos++;
            }

            return;
        }

        int bodyStart = _pos + 2;
        int close = bodyStart <= _s.Length ? _s[bodyStart..].IndexOf("*/") : -1;
        if (close < 0)
        {
            ReachEndInComment(bodyStart);
            return;
        }

        _pos = bodyStart + close + 2;
    }

    private void SkipLineComment(int markerLength)
    {
        int bodyStart = _pos + markerLength;
        int newline = _s[bodyStart..].IndexOfAny('\n', '\r');
        if (newline < 0)
        {
            ReachEndInComment(bodyStart);
            return;
        }

        _pos = bodyStart + newline + 1;
    }

    private void ReachEndInComment(int bodyStart)
    {
        EndsInComment = true;
        int content = 0;
        foreach (char ch in _s[bodyStart..])
        {
            if (!SqlChars.IsSpace(ch) && ++content > ShortCommentLimit)
            {
                break;
            }
        }

        TrailingCommentIsShort = content <= ShortCommentLimit;
        _pos = _s.Length;
    }

    private readonly char Peek(int ahead) => _pos + ahead < _s.Length ? _s[_pos + ahead] : '\0';
}
