namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// A recursive-descent reader of SQL fragments over the lexer's token stream with one token of lookahead.
/// It does not build a tree: it answers whether the value completes the host query into something that
/// parses, and records <see cref="SqlFacts"/> on the way. Prose almost never parses (two words in a row,
/// a keyword where an operand must be), which is where most of the false-positive resistance comes from.
/// Depth is bounded, so deeply nested input fails fast instead of exhausting the stack.
/// </summary>
internal ref partial struct SqlParser
{
    private const int MaxDepth = 40;

    private SqlLexer _lexer;
    private SqlToken _current;
    private SqlToken _next;
    private bool _hasNext;
    private int _depth;

    public SqlParser(SqlLexer lexer)
    {
        _lexer = lexer;
        _current = _lexer.Next();
    }

    public SqlFacts Facts { get; private set; }

    public readonly SqlLexer Lexer => _lexer;

    public readonly SqlToken Current => _current;

    private readonly bool AtEnd => _current.Kind == SqlTokenKind.End;

    /// <summary>The value stands where an operand goes (numeric context), or continues the host's expression.</summary>
    public bool ParseRaw()
    {
        // IF(…), INSERT(…), REPLACE(…) at the start are MySQL functions, not statements.
        if (IsStatementStart(_current) && !(_current.Has(SqlWordTraits.Callable) && PeekNext().Kind == SqlTokenKind.OpenParen))
        {
            return Statements(standalone: true);
        }

        var left = SqlExpr.None;
        bool hasOperand = CanStartOperand(_current);
        if (hasOperand)
        {
            if (!Expression(out left, 0))
            {
                return false;
            }

            if ((left & SqlExpr.Literal) != 0)
            {
                Facts |= SqlFacts.LeadingLiteral;
            }

            if ((left & SqlExpr.RowDependent) == 0 &&
                (Facts & (SqlFacts.Logical | SqlFacts.Comparison | SqlFacts.Arithmetic | SqlFacts.KnownCall)) != 0)
            {
                Facts |= SqlFacts.ConstantExpression;
            }
        }

        return Continuation(left, hasOperand);
    }

    /// <summary>The value started inside a host string literal and <see cref="Current"/> is the rest of it, closed inside the value.</summary>
    public bool ParseAfterBreakout()
    {
        // NonEmptyOperand must come from what follows the breakout, so the breakout literal does not contribute.
        var left = SqlExpr.Literal;
        Advance();
        if (!PostfixAndBinary(ref left, 0))
        {
            return false;
        }

        return Continuation(left, hasOperand: true);
    }

    // After the operand: more operators, host parentheses, tail clauses, UNION, or further statements.
    private bool Continuation(SqlExpr left, bool hasOperand)
    {
        while (true)
        {
            if ((left & SqlExpr.NonEmpty) != 0)
            {
                Facts |= SqlFacts.NonEmptyOperand;
            }

            switch (_current.Kind)
            {
                case SqlTokenKind.End:
                    return true;
                case SqlTokenKind.CloseParen:
                    Facts |= SqlFacts.HostParen;
                    Advance();
                    continue;
                case SqlTokenKind.Semicolon:
                    Facts |= SqlFacts.Separator;
                    Advance();
                    return Statements(standalone: false);
                case SqlTokenKind.Comma:
                    // The host placed the value in a list (VALUES (…), IN (…), function arguments): ",NULL) WAITFOR …".
                    Advance();
                    if (!Expression(out SqlExpr item, 0))
                    {
                        return false;
                    }

                    left |= item & Carried;
                    hasOperand = true;
                    continue;
            }

            if (BinaryPrecedence(_current, out _) > 0)
            {
                if (!hasOperand)
                {
                    // The host supplied the left operand (a column, as in "WHERE a=1 <value>").
                    left = SqlExpr.RowDependent | SqlExpr.NonEmpty;
                    hasOperand = true;
                }

                if (!BinaryLoop(ref left, 0))
                {
                    return false;
                }

                continue;
            }

            if (IsTailClause(_current))
            {
                // Every turn of this loop must consume input; a clause keyword nothing can follow ends the parse.
                int before = _current.Start;
                if (!TailClauses() || _current.Start == before)
                {
                    return false;
                }

                continue;
            }

            if (IsStatementStart(_current))
            {
                // T-SQL runs "1 WAITFOR DELAY '0:0:5'" as a batch of two statements without a separator.
                return Statements(standalone: false, implicitBatch: true);
            }

            return false;
        }
    }

    private void Advance()
    {
        if (_hasNext)
        {
            _current = _next;
            _hasNext = false;
        }
        else
        {
            _current = _lexer.Next();
        }
    }

    private SqlToken PeekNext()
    {
        if (!_hasNext)
        {
            _next = _lexer.Next();
            _hasNext = true;
        }

        return _next;
    }

    private bool Accept(SqlKeyword keyword)
    {
        if (_current.Is(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    private bool Accept(SqlTokenKind kind)
    {
        if (_current.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    // A closing parenthesis, or the end of the value (the host's own text would close it).
    private bool CloseParen()
    {
        if (_current.Kind == SqlTokenKind.CloseParen)
        {
            Advance();
            return true;
        }

        return AtEnd;
    }

    private bool Enter() => ++_depth <= MaxDepth;

    private void Leave() => _depth--;

    private static bool IsTailClause(SqlToken t) =>
        t.Kind == SqlTokenKind.Word && t.Keyword is SqlKeyword.Union or SqlKeyword.Except or SqlKeyword.Intersect or
            SqlKeyword.Minus or SqlKeyword.Order or SqlKeyword.Group or SqlKeyword.Having or SqlKeyword.Limit or
            SqlKeyword.Offset or SqlKeyword.Procedure or SqlKeyword.Into or SqlKeyword.For or SqlKeyword.Lock or
            SqlKeyword.Fetch;
}
