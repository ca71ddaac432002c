namespace Vigil.Detection.Injection.Sql;

/// <summary>Literal, identifier and variable scanning for <see cref="SqlLexer"/>.</summary>
internal ref partial struct SqlLexer
{
    // A string or quoted identifier whose content starts at contentStart (the opening quote, if any, is before it).
    // HasSpace also covers query-string punctuation: a fragment with it is a phrase or a URL, not a single token.
    private SqlToken ScanQuoted(int tokenStart, int contentStart, char quote, SqlTokenKind kind)
    {
        bool escapes = _backslashEscapes && quote != '`';
        bool innerSpace = false;
        bool leadingSpace = false;
        bool trailingSpace = false;
        bool hasContent = false;
        int p = contentStart;
        while (p < _s.Length)
        {
            char c = _s[p];
            if (c == quote)
            {
                if (p + 1 < _s.Length && _s[p + 1] == quote)
                {
                    p += 2;
                    continue;
                }

                _pos = p + 1;

                // The fragment that ends the host's literal may start with padding ("+admin'" decodes to
                // " admin'") but a space just before the breaking quote is prose ("SMALL "&" SIGN").
                bool loose = innerSpace || (tokenStart == 0 && _hostQuote != '\0' && trailingSpace);
                var flags = (hasContent ? SqlTokenFlags.None : SqlTokenFlags.Empty) |
                            (loose ? SqlTokenFlags.HasSpace : SqlTokenFlags.None);
                return new SqlToken(kind, tokenStart, _pos - tokenStart, flags);
            }

            if (c == '\\' && escapes)
            {
                innerSpace |= trailingSpace;
                trailingSpace = false;
                hasContent = true;
                p += 2;
                continue;
            }

            bool space = SqlChars.IsSpace(c);
            if (space)
            {
                leadingSpace |= !hasContent;
                trailingSpace = hasContent;
            }
            else
            {
                innerSpace |= trailingSpace || c is '&' or '=' or '?';
                trailingSpace = false;
                hasContent = true;
            }

            p++;
        }

        _pos = _s.Length;
        // In raw context a literal left open at the end is taken as closed by a quote the host query
        // places after the value (the payload follows an earlier breakout: "… AND 'a'='a").
        bool hostCloses = kind == SqlTokenKind.String && (quote == _hostQuote || (_hostQuote == '\0' && quote is '\'' or '"'));
        var end = hostCloses ? SqlTokenFlags.ClosedByHost : SqlTokenFlags.Unterminated;
        if (!hasContent)
        {
            end |= SqlTokenFlags.Empty;
        }

        if ((end & SqlTokenFlags.ClosedByHost) != 0 && tokenStart > 0)
        {
            // The value re-opened a literal that the host's own closing quote will end: "' or 'a'='a".
            // Here padding may trail, but a leading space is prose ("LIKE" STAMP).
            EndsInHostString = true;
            HostStringHasSpace = innerSpace || leadingSpace;
        }

        return new SqlToken(kind, tokenStart, _s.Length - tokenStart, end | (innerSpace ? SqlTokenFlags.HasSpace : SqlTokenFlags.None));
    }

    // [name] is a SQL Server identifier.
    private SqlToken ScanBracketed(int start)
    {
        int close = _s[(start + 1)..].IndexOf(']');
        if (close < 0)
        {
            _pos = _s.Length;
            return new SqlToken(SqlTokenKind.QuotedIdentifier, start, _s.Length - start, SqlTokenFlags.Unterminated);
        }

        _pos = start + close + 2;
        return new SqlToken(SqlTokenKind.QuotedIdentifier, start, _pos - start);
    }

    // @name, @@name, @@global.name, @'quoted', @"quoted", @`quoted`.
    private SqlToken ScanVariable(int start)
    {
        _pos++;
        var flags = SqlTokenFlags.None;
        if (Peek(0) == '@')
        {
            _pos++;
            flags = SqlTokenFlags.SystemVariable;
        }

        char c = Peek(0);
        if (c is '\'' or '"' or '`')
        {
            SqlToken quoted = ScanQuoted(_pos, _pos + 1, c, SqlTokenKind.QuotedIdentifier);
            return new SqlToken(SqlTokenKind.Variable, start, _pos - start, flags | (quoted.Flags & SqlTokenFlags.Unterminated));
        }

        int nameStart = _pos;
        while (_pos < _s.Length && (SqlChars.IsWordPart(_s[_pos]) || (_s[_pos] == '.' && flags != SqlTokenFlags.None)))
        {
            _pos++;
        }

        return _pos == nameStart
            ? new SqlToken(SqlTokenKind.Unknown, start, _pos - start)
            : new SqlToken(SqlTokenKind.Variable, start, _pos - start, flags);
    }

    // PostgreSQL: $1 parameters and $$dollar-quoted$$ strings.
    private SqlToken ScanDollar(int start)
    {
        if (Peek(1) == '$')
        {
            int close = _s[(start + 2)..].IndexOf("$$");
            if (close < 0)
            {
                _pos = _s.Length;
                return new SqlToken(SqlTokenKind.String, start, _s.Length - start, SqlTokenFlags.Unterminated);
            }

            _pos = start + 2 + close + 2;
            return new SqlToken(SqlTokenKind.String, start, _pos - start, close == 0 ? SqlTokenFlags.Empty : SqlTokenFlags.None);
        }

        _pos++;
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
        {
            _pos++;
        }

        return _pos - start > 1 ? new SqlToken(SqlTokenKind.Variable, start, _pos - start) : new SqlToken(SqlTokenKind.Unknown, start, 1);
    }

    // \N is MySQL's NULL literal; any other backslash is not SQL.
    private SqlToken ScanBackslash(int start)
    {
        if (Peek(1) == 'N')
        {
            _pos += 2;
            return new SqlToken(SqlTokenKind.Number, start, 2);
        }

        return Single(SqlTokenKind.Unknown);
    }

    private SqlToken ScanNumber(int start)
    {
        char next = Peek(1);
        if (_s[_pos] == '0' && (next is 'x' or 'X') && _pos + 2 < _s.Length && char.IsAsciiHexDigit(_s[_pos + 2]))
        {
            _pos += 2;
            SkipWhile(char.IsAsciiHexDigit);
        }
        else if (_s[_pos] == '0' && (next is 'b' or 'B') && _pos + 2 < _s.Length && _s[_pos + 2] is '0' or '1')
        {
            _pos += 2;
            SkipWhile(static ch => ch is '0' or '1');
        }
        else
        {
            SkipWhile(char.IsAsciiDigit);
            if (Peek(0) == '.')
            {
                _pos++;
                SkipWhile(char.IsAsciiDigit);
            }

            if (Peek(0) is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
            {
                _pos += 2;
                SkipWhile(char.IsAsciiDigit);
            }
        }

        if (_pos < _s.Length && SqlChars.IsWordStart(_s[_pos]))
        {
            // MySQL reads 1union as 1 UNION but 3rd or 15px as an identifier that starts with digits.
            int wordEnd = _pos;
            while (wordEnd < _s.Length && SqlChars.IsWordPart(_s[wordEnd]))
            {
                wordEnd++;
            }

            if ((SqlWords.Classify(_s[_pos..wordEnd]).Traits & SqlWordTraits.Reserved) == 0)
            {
                _pos = wordEnd;
                return new SqlToken(SqlTokenKind.Word, start, _pos - start);
            }
        }

        return new SqlToken(SqlTokenKind.Number, start, _pos - start);
    }

    private SqlToken ScanWord(int start)
    {
        while (_pos < _s.Length && SqlChars.IsWordPart(_s[_pos]))
        {
            _pos++;
        }

        ReadOnlySpan<char> word = _s[start.._pos];
        if (Peek(0) == '\'' && IsStringPrefix(word))
        {
            // N'…', X'…', B'…', E'…' and MySQL charset introducers (_utf8'…') are literals.
            return ScanQuoted(start, _pos + 1, '\'', SqlTokenKind.String);
        }

        (SqlKeyword keyword, SqlWordTraits traits) = SqlWords.Classify(word);
        return new SqlToken(SqlTokenKind.Word, start, word.Length, code: (byte)keyword, traits: traits);
    }

    private static bool IsStringPrefix(ReadOnlySpan<char> word) =>
        (word.Length == 1 && word[0] is 'n' or 'N' or 'x' or 'X' or 'b' or 'B' or 'e' or 'E') ||
        (word.Length > 1 && word[0] == '_');

    private void SkipWhile(Func<char, bool> predicate)
    {
        while (_pos < _s.Length && predicate(_s[_pos]))
        {
            _pos++;
        }
    }
}
