namespace Vigil.Detection.Injection.Script;

/// <summary>Punctuation for <see cref="JsFragment"/>: operators, member access and the bracket stack.</summary>
internal ref partial struct JsFragment
{
    private bool Punctuator(JsToken t, scoped Span<char> stack, ref int depth, bool breakout, ref bool endOk)
    {
        ReadOnlySpan<char> p = _lexer.Text(t);
        char c = p[0];
        if (p.Length == 1)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    return Open(c, stack, ref depth);
                case ')' or ']' or '}':
                    return Close(c, stack, ref depth, breakout, ref endOk);
                case '.':
                    return Dot();
                case ';':
                    _facts |= JsFacts.Statements;
                    _expectOperand = true;
                    endOk = true;
                    return true;
                case ',':
                    return Binary();
                case '=':
                    _facts |= JsFacts.Assignment | (_lastMemberDangerous ? JsFacts.DangerousMember : JsFacts.None);
                    return Binary();
                case '+' or '-' or '!' or '~':
                    if (!_expectOperand)
                    {
                        _expectOperand = true;
                    }

                    return true;
                case '@' or '#':
                    return false;
                default:
                    return Binary();
            }
        }

        switch (p)
        {
            case "?.":
                return Dot();
            case "++" or "--":
                return true;
            case "...":
                _expectOperand = true;
                return true;
            case "==" or "===" or "!=" or "!==":
                _facts |= JsFacts.Equality;
                return Binary();
            case "=>":
                _expectOperand = true;
                return true;
        }

        if (p[^1] == '=' && p is not ("<=" or ">="))
        {
            _facts |= JsFacts.Assignment;
        }

        return Binary();
    }

    private bool Binary()
    {
        if (_expectOperand)
        {
            return false;
        }

        _expectOperand = true;
        return true;
    }

    private bool Dot()
    {
        if (_expectOperand)
        {
            return false;
        }

        if (_lastWasThis)
        {
            _facts |= JsFacts.ThisMember;
            _lastWasThis = false;
        }

        _afterDot = true;
        _expectOperand = true;
        return true;
    }

    private bool Open(char c, scoped Span<char> stack, ref int depth)
    {
        if (depth >= MaxDepth)
        {
            return false;
        }

        if (!_expectOperand)
        {
            if (c == '(')
            {
                _facts |= JsFacts.Call;
                if (_lastCalleeSink)
                {
                    _facts |= JsFacts.SinkCall;
                }

                if (_lastIndexOnGlobal)
                {
                    _facts |= JsFacts.GlobalIndexCall;
                }
            }
            else if (c == '[')
            {
                stack[depth] = _lastWasGlobal ? 'G' : '[';
                depth++;
                _expectOperand = true;
                return true;
            }
        }

        stack[depth++] = c;
        _expectOperand = true;
        _lastCalleeSink = false;
        _lastIndexOnGlobal = false;
        return true;
    }

    private bool Close(char c, scoped Span<char> stack, ref int depth, bool breakout, ref bool endOk)
    {
        if (depth == 0)
        {
            // '}alert(1);{' closes the host's own block; outside a breakout there is no host to close.
            if (!breakout)
            {
                return false;
            }

            _facts |= JsFacts.HostBracket;
            _expectOperand = c == '}';
            endOk = true;
            return true;
        }

        char open = stack[--depth];
        bool matches = c switch
        {
            ')' => open == '(',
            ']' => open is '[' or 'G',
            _ => open == '{',
        };
        if (!matches)
        {
            return false;
        }

        _lastIndexOnGlobal = open == 'G';
        _lastCalleeSink = false;
        _lastWasGlobal = false;

        // After a block the next statement may start without an operator; after ) or ] an operator follows.
        _expectOperand = c == '}';
        endOk = c == '}';
        _nameAllowed = false;
        return true;
    }
}
