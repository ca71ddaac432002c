namespace Vigil.Detection.Injection.Script;

/// <summary>String, template, regular-expression and number scanning for <see cref="JsLexer"/>.</summary>
internal ref partial struct JsLexer
{
    private JsToken ScanString(int start, int contentStart, char quote, bool newline)
    {
        var flags = newline ? JsTokenFlags.NewlineBefore : JsTokenFlags.None;
        int p = contentStart;
        while (p < _s.Length)
        {
            char c = _s[p];
            if (c == quote)
            {
                _pos = p + 1;
                return new JsToken(JsTokenKind.String, start, _pos - start, flags);
            }

            if (c == '\\' && _backslashEscapes)
            {
                p += 2;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            p++;
        }

        _pos = Math.Min(p, _s.Length);
        if (_pos >= _s.Length && quote == _hostQuote)
        {
            EndsInHostString = start > 0;
            return new JsToken(JsTokenKind.String, start, _s.Length - start, flags | JsTokenFlags.ClosedByHost);
        }

        return new JsToken(JsTokenKind.String, start, _pos - start, flags | JsTokenFlags.Unterminated);
    }

    private JsToken ScanTemplate(int start, JsTokenFlags flags)
    {
        int p = start + 1;
        while (p < _s.Length && _s[p] != '`')
        {
            p += _s[p] == '\\' ? 2 : 1;
        }

        _pos = Math.Min(p + 1, _s.Length);
        return new JsToken(JsTokenKind.Template, start, _pos - start, p < _s.Length ? flags : flags | JsTokenFlags.Unterminated);
    }

    private JsToken ScanRegex(int start, JsTokenFlags flags)
    {
        int p = start + 1;
        bool inClass = false;
        while (p < _s.Length && _s[p] is not ('\n' or '\r'))
        {
            char c = _s[p];
            if (c == '\\')
            {
                p += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                p++;
                while (p < _s.Length && char.IsAsciiLetter(_s[p]))
                {
                    p++;
                }

                _pos = p;
                return new JsToken(JsTokenKind.Regex, start, p - start, flags);
            }

            p++;
        }

        _pos = Math.Min(p, _s.Length);
        return new JsToken(JsTokenKind.Regex, start, _pos - start, flags | JsTokenFlags.Unterminated);
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > 2 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            return !text[2..].ContainsAnyExcept("0123456789abcdefABCDEF_n");
        }

        ReadOnlySpan<char> body = text[^1] == 'n' ? text[..^1] : text;
        int e = body.IndexOfAny('e', 'E');
        ReadOnlySpan<char> mantissa = e < 0 ? body : body[..e];
        ReadOnlySpan<char> exponent = e < 0 ? default : body[(e + 1)..].TrimStart("+-");
        return !mantissa.ContainsAnyExcept("0123456789._") && !exponent.ContainsAnyExcept("0123456789_") && (e < 0 || !exponent.IsEmpty);
    }
}
