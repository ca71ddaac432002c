namespace Vigil.Detection.Injection.Sql;

/// <summary>Operands: literals, names, function calls, parentheses, CASE.</summary>
internal ref partial struct SqlParser
{
    private static bool CanStartOperand(SqlToken t) => t.Kind switch
    {
        SqlTokenKind.Number or SqlTokenKind.String or SqlTokenKind.Variable or SqlTokenKind.QuotedIdentifier or
            SqlTokenKind.OpenParen => true,
        SqlTokenKind.Operator => t.Operator is SqlOperator.Minus or SqlOperator.Plus or SqlOperator.Tilde or SqlOperator.Bang,
        SqlTokenKind.Word => !t.Has(SqlWordTraits.Reserved) || t.Has(SqlWordTraits.Callable) ||
            t.Keyword is SqlKeyword.Null or SqlKeyword.True or SqlKeyword.False or SqlKeyword.Unknown or SqlKeyword.Not or
                SqlKeyword.Binary or SqlKeyword.Exists or SqlKeyword.Interval or SqlKeyword.Case,
        _ => false,
    };

    private bool Unary(out SqlExpr e)
    {
        e = SqlExpr.None;
        SqlToken t = _current;
        if (t.Kind == SqlTokenKind.Operator)
        {
            if (t.Operator is not (SqlOperator.Minus or SqlOperator.Plus or SqlOperator.Tilde or SqlOperator.Bang))
            {
                return false;
            }

            Advance();
            return Enter() && Unary(out e) && Postfix(ref e) && Exit();
        }

        switch (t.Keyword)
        {
            case SqlKeyword.Not:
                Advance();
                if (!Expression(out e, NotPrecedence))
                {
                    return false;
                }

                e |= SqlExpr.Predicate;
                return true;
            case SqlKeyword.Binary:
                Advance();
                if (_current.Kind is SqlTokenKind.CloseParen or SqlTokenKind.Comma or SqlTokenKind.End)
                {
                    // CONVERT(x, BINARY): the type name, not the operator.
                    e = SqlExpr.NonEmpty;
                    return true;
                }

                return Enter() && Unary(out e) && Exit();
            case SqlKeyword.Exists:
                Advance();
                if (!Accept(SqlTokenKind.OpenParen) || !SelectQuery(out SelectShape shape) || !CloseParen())
                {
                    return false;
                }

                NoteSubquery(shape);
                e = SqlExpr.Predicate | SqlExpr.SqlCall | SqlExpr.NonEmpty;
                return true;
            case SqlKeyword.Interval:
                Advance();
                if (!Expression(out e, 8) || _current.Kind != SqlTokenKind.Word)
                {
                    return false;
                }

                Advance();
                e |= SqlExpr.SqlCall;
                return true;
            case SqlKeyword.Case:
                return Case(out e);
        }

        return Primary(out e);
    }

    private bool Exit()
    {
        Leave();
        return true;
    }

    private bool Primary(out SqlExpr e)
    {
        e = SqlExpr.None;
        SqlToken t = _current;
        switch (t.Kind)
        {
            case SqlTokenKind.Number:
                Advance();
                e = SqlExpr.Literal | SqlExpr.NonEmpty;
                return true;
            case SqlTokenKind.String:
                return StringOperand(out e);
            case SqlTokenKind.Variable:
                if (t.Has(SqlTokenFlags.Unterminated))
                {
                    return false;
                }

                Advance();
                e = SqlExpr.NonEmpty;
                if (t.Has(SqlTokenFlags.SystemVariable))
                {
                    Facts |= SqlFacts.Info;
                    e |= SqlExpr.SqlCall | SqlExpr.Probe;
                }

                return true;
            case SqlTokenKind.QuotedIdentifier:
            case SqlTokenKind.Word:
                return Name(out e);
            case SqlTokenKind.OpenParen:
                return Parenthesised(out e);
            default:
                return false;
        }
    }

    private bool StringOperand(out SqlExpr e)
    {
        e = SqlExpr.Literal;
        // Adjacent literals concatenate ('a' 'b'), as in MySQL and standard SQL.
        while (_current.Kind == SqlTokenKind.String)
        {
            if (_current.Has(SqlTokenFlags.Unterminated))
            {
                return false;
            }

            if (!_current.Has(SqlTokenFlags.Empty))
            {
                e |= SqlExpr.NonEmpty;
            }

            Advance();
        }

        return true;
    }

    private bool Name(out SqlExpr e)
    {
        e = SqlExpr.None;
        SqlToken t = _current;
        if (t.Has(SqlTokenFlags.Unterminated))
        {
            return false;
        }

        switch (t.Keyword)
        {
            case SqlKeyword.Null or SqlKeyword.True or SqlKeyword.False or SqlKeyword.Unknown:
                Advance();
                e = SqlExpr.Literal | SqlExpr.NonEmpty;
                return true;
            case SqlKeyword.CurrentUser:
                Advance();
                Facts |= SqlFacts.Info | SqlFacts.KnownCall;
                if (_current.Kind == SqlTokenKind.OpenParen)
                {
                    return Call(t.Traits, out e);
                }

                e = SqlExpr.SqlCall | SqlExpr.NonEmpty | SqlExpr.Probe;
                return true;
        }

        bool reserved = t.Has(SqlWordTraits.Reserved);
        bool callable = !reserved || t.Has(SqlWordTraits.Callable);
        if (reserved && !(callable && PeekNext().Kind == SqlTokenKind.OpenParen))
        {
            return false;
        }

        SqlWordTraits traits = t.Traits;
        Advance();
        while (_current.Kind == SqlTokenKind.Dot)
        {
            Advance();
            if (_current.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
            {
                traits |= _current.Traits;
                Advance();
            }
            else if (_current.Is(SqlOperator.Star))
            {
                Advance();
                e = SqlExpr.Call | SqlExpr.NonEmpty | SqlExpr.RowDependent;
                return true;
            }
            else if (_current.Kind != SqlTokenKind.Dot)
            {
                return false;
            }
        }

        if (_current.Kind == SqlTokenKind.OpenParen)
        {
            return Call(traits, out e);
        }

        if ((traits & SqlWordTraits.Info) != 0)
        {
            Facts |= SqlFacts.Info;
        }

        e = SqlExpr.RowDependent | SqlExpr.NonEmpty;
        return true;
    }
}
