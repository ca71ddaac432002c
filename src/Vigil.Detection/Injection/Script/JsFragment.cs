namespace Vigil.Detection.Injection.Script;

/// <summary>The outcome of reading a value as script.</summary>
internal readonly record struct JsReading(bool Valid, bool Breakout, JsFacts Facts, bool EndsInComment, bool EndsInHostString)
{
    /// <summary>Does something an ordinary string never does: calls a sink, reaches a dangerous property, indexes a global to call it.</summary>
    public bool Executes => Valid && (Facts & (JsFacts.SinkCall | JsFacts.SinkReference | JsFacts.GlobalIndexCall | JsFacts.DangerousMember)) != 0;

    /// <summary>Executes, or at least calls or assigns something (enough where script is certain to run).</summary>
    public bool Acts => Valid && (Executes || (Facts & (JsFacts.Call | JsFacts.Assignment)) != 0);
}

/// <summary>
/// Reads a value as a JavaScript fragment with an operand/operator state machine and a bracket stack:
/// two operands in a row without an operator or a line break is not script, which is how prose fails.
/// Optionally the value starts inside a host string literal, and must then close it to count.
/// </summary>
internal ref partial struct JsFragment
{
    private const int MaxDepth = 32;

    private JsLexer _lexer;
    private readonly bool _inString;
    private JsFacts _facts;
    private bool _expectOperand;
    private bool _afterDot;
    private bool _nameAllowed;
    private bool _lastWasGlobal;
    private bool _lastIndexOnGlobal;
    private bool _lastMemberDangerous;
    private bool _lastCalleeSink;
    private bool _lastWasThis;

    private JsFragment(ReadOnlySpan<char> value, char hostQuote, bool backslashEscapes)
    {
        _lexer = new JsLexer(value, hostQuote, backslashEscapes);
        _inString = hostQuote != '\0';
        _expectOperand = true;
    }

    /// <summary>Reads <paramref name="value"/> as script, optionally as starting inside a <paramref name="hostQuote"/> literal.</summary>
    public static JsReading Read(ReadOnlySpan<char> value, char hostQuote = '\0', bool backslashEscapes = true)
    {
        var fragment = new JsFragment(value, hostQuote, backslashEscapes);
        Span<char> stack = stackalloc char[MaxDepth];
        return fragment.Run(stack);
    }

    private JsReading Run(scoped Span<char> stack)
    {
        int depth = 0;
        bool breakout = false;
        if (_inString)
        {
            JsToken first = _lexer.Next(regexAllowed: false);
            if (first.Has(JsTokenFlags.ClosedByHost) || first.Has(JsTokenFlags.Unterminated))
            {
                return default;
            }

            breakout = true;
            _expectOperand = false;
        }

        bool valid = true;
        bool endOk = true;
        while (valid)
        {
            JsToken t = _lexer.Next(regexAllowed: _expectOperand);
            if (t.Kind == JsTokenKind.End)
            {
                break;
            }

            endOk = false;
            switch (t.Kind)
            {
                case JsTokenKind.Unknown:
                    valid = false;
                    break;
                case JsTokenKind.Identifier:
                    valid = Identifier(t, ref endOk);
                    break;
                case JsTokenKind.Punctuator:
                    valid = Punctuator(t, stack, ref depth, breakout, ref endOk);
                    break;
                default:
                    valid = Literal(t);
                    break;
            }
        }

        // Brackets left open at the end are closed by the host script that follows ("'}alert(1);{'").
        bool handedBack = _lexer.EndsInComment || _lexer.EndsInHostString;
        valid &= (depth == 0 || handedBack) && (!_expectOperand || endOk || _lexer.EndsInComment);
        return new JsReading(valid, breakout, _facts, _lexer.EndsInComment, _lexer.EndsInHostString);
    }

    private bool Literal(JsToken t)
    {
        if (t.Has(JsTokenFlags.Unterminated))
        {
            return false;
        }

        if (!_expectOperand)
        {
            if (t.Kind == JsTokenKind.Template)
            {
                // alert`1`: a tagged template is a call.
                _facts |= JsFacts.Call | (_lastCalleeSink ? JsFacts.SinkCall : JsFacts.None);
                return true;
            }

            if (!t.Has(JsTokenFlags.NewlineBefore))
            {
                return false;
            }
        }

        _expectOperand = false;
        _lastCalleeSink = false;
        _lastWasGlobal = false;
        return true;
    }

    private bool Identifier(JsToken t, ref bool endOk)
    {
        ReadOnlySpan<char> text = _lexer.Text(t);
        if (_afterDot)
        {
            _afterDot = false;
            _lastMemberDangerous = JsWords.DangerousMemberLookup.Contains(text);
            if (_lastMemberDangerous)
            {
                _facts |= JsFacts.DangerousMember;
            }

            _lastCalleeSink = JsWords.SinkCallLookup.Contains(text);
            _lastWasGlobal = false;
            _expectOperand = false;
            return true;
        }

        if (JsWords.InfixKeywordLookup.Contains(text) && !_expectOperand)
        {
            _expectOperand = true;
            return true;
        }

        if (JsWords.PrefixKeywordLookup.Contains(text))
        {
            if (!_expectOperand && !t.Has(JsTokenFlags.NewlineBefore))
            {
                return false;
            }

            _facts |= JsFacts.Keyword;
            _expectOperand = true;
            _nameAllowed = text is "function" or "class" or "var" or "let" or "const";
            endOk = text is "return" or "break" or "continue" or "debugger";
            return true;
        }

        if (!_expectOperand && !t.Has(JsTokenFlags.NewlineBefore) && !_nameAllowed)
        {
            return false;
        }

        _nameAllowed = false;
        _expectOperand = false;
        _lastWasThis = text is "this";
        _lastMemberDangerous = text is "location";
        _lastWasGlobal = JsWords.GlobalLookup.Contains(text);
        _lastCalleeSink = JsWords.SinkCallLookup.Contains(text);
        if (JsWords.SinkReferenceLookup.Contains(text))
        {
            _facts |= JsFacts.SinkReference;
        }

        return true;
    }
}
