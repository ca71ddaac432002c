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

    // At '(' after a function name.
    private bool Call(SqlWordTraits traits, out SqlExpr e)
    {
        e = SqlExpr.Call | SqlExpr.NonEmpty | ((traits & SqlWordTraits.Function) != 0 ? SqlExpr.SqlCall : SqlExpr.None) |
            ((traits & SqlWordTraits.Info) != 0 ? SqlExpr.Probe : SqlExpr.None);
        Advance();
        if (!Enter())
        {
            return false;
        }

        if (Accept(SqlTokenKind.CloseParen) || AtEnd)
        {
            Leave();
            NoteFunction(traits);
            return true;
        }

        if (!Accept(SqlKeyword.Distinct))
        {
            Accept(SqlKeyword.All);
        }

        if (_current.Is(SqlOperator.Star))
        {
            Advance();
        }
        else if (!Arguments(ref e))
        {
            return false;
        }

        Leave();
        if (!CloseParen())
        {
            return false;
        }

        // Noted only once the call is complete, so "sleep(8 hours)" in prose never counts.
        NoteFunction(traits);
        return true;
    }

    private bool Arguments(ref SqlExpr e)
    {
        do
        {
            if (_current.Is(SqlKeyword.Select))
            {
                if (!SelectQuery(out SelectShape shape))
                {
                    return false;
                }

                NoteSubquery(shape);
                e |= SqlExpr.SqlCall | SqlExpr.Probe;
            }
            else if (!Expression(out SqlExpr argument, 0))
            {
                return false;
            }
            else
            {
                e |= argument & (SqlExpr.RowDependent | SqlExpr.Probe);
            }

            if (!ArgumentConnectors())
            {
                return false;
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    // CAST(x AS t), CONVERT(x USING cs), SUBSTRING(x FROM 1 FOR 2), POSITION(a IN b), GROUP_CONCAT(x SEPARATOR ',' ORDER BY y).
    private bool ArgumentConnectors()
    {
        while (true)
        {
            switch (_current.Keyword)
            {
                case SqlKeyword.As:
                    Advance();
                    if (!TypeName())
                    {
                        return false;
                    }

                    break;
                case SqlKeyword.Using:
                    Advance();
                    if (!Accept(SqlTokenKind.Word))
                    {
                        return false;
                    }

                    break;
                case SqlKeyword.From or SqlKeyword.For or SqlKeyword.In or SqlKeyword.Separator:
                    Advance();
                    if (!Expression(out _, 0))
                    {
                        return false;
                    }

                    break;
                case SqlKeyword.Order:
                    Advance();
                    if (!Accept(SqlKeyword.By) || !OrderList())
                    {
                        return false;
                    }

                    break;
                case SqlKeyword.Asc or SqlKeyword.Desc:
                    Advance();
                    break;
                default:
                    return true;
            }
        }
    }

    private bool TypeName()
    {
        if (_current.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier))
        {
            return false;
        }

        Advance();
        if (_current.Kind == SqlTokenKind.Word && _current.Keyword == SqlKeyword.None && !_current.Has(SqlWordTraits.Reserved))
        {
            Advance();
        }

        if (Accept(SqlTokenKind.OpenParen))
        {
            while (_current.Kind is SqlTokenKind.Number or SqlTokenKind.Word or SqlTokenKind.Comma)
            {
                Advance();
            }

            return CloseParen();
        }

        return true;
    }

    private bool Parenthesised(out SqlExpr e)
    {
        e = SqlExpr.None;
        Advance();
        if (!Enter())
        {
            return false;
        }

        if (_current.Is(SqlKeyword.Select) || _current.Is(SqlKeyword.With))
        {
            if (!SelectQuery(out SelectShape shape))
            {
                return false;
            }

            NoteSubquery(shape);
            e = SqlExpr.SqlCall | SqlExpr.NonEmpty | SqlExpr.Call | SqlExpr.Probe;
        }
        else if (!ExpressionList(out e))
        {
            return false;
        }
        else if (_current.Kind != SqlTokenKind.CloseParen && IsTailClause(_current))
        {
            // (1 UNION SELECT …) and (x ORDER BY 1): tails inside a parenthesis.
            int before = _current.Start;
            if (!TailClauses() || _current.Start == before)
            {
                return false;
            }
        }

        Leave();
        return CloseParen() && Postfix(ref e);
    }

    private bool Case(out SqlExpr e)
    {
        e = SqlExpr.SqlCall | SqlExpr.NonEmpty;
        Advance();
        if (!Enter())
        {
            return false;
        }

        SqlExpr part;
        if (!_current.Is(SqlKeyword.When))
        {
            if (!Expression(out part, 0))
            {
                return false;
            }

            e |= part & SqlExpr.RowDependent;
        }

        while (Accept(SqlKeyword.When))
        {
            if (!Expression(out part, 0) || !Accept(SqlKeyword.Then) || !Expression(out SqlExpr result, 0))
            {
                return false;
            }

            e |= (part | result) & SqlExpr.RowDependent;
        }

        if (Accept(SqlKeyword.Else))
        {
            if (!Expression(out part, 0))
            {
                return false;
            }

            e |= part & SqlExpr.RowDependent;
        }

        Leave();
        return Accept(SqlKeyword.End) || AtEnd;
    }

    // COLLATE x and PostgreSQL's ::type bind tighter than any operator.
    private bool Postfix(ref SqlExpr e)
    {
        while (true)
        {
            if (_current.Is(SqlKeyword.Collate))
            {
                Advance();
                if (!Accept(SqlTokenKind.Word) && !Accept(SqlTokenKind.String))
                {
                    return false;
                }
            }
            else if (_current.Is(SqlOperator.Cast))
            {
                Advance();
                if (!TypeName())
                {
                    return false;
                }

                e |= SqlExpr.SqlCall;
            }
            else
            {
                return true;
            }
        }
    }

    private void NoteFunction(SqlWordTraits traits)
    {
        if ((traits & SqlWordTraits.Function) != 0)
        {
            Facts |= SqlFacts.KnownCall;
        }

        if ((traits & SqlWordTraits.Time) != 0)
        {
            Facts |= SqlFacts.Time;
        }

        if ((traits & SqlWordTraits.File) != 0)
        {
            Facts |= SqlFacts.File;
        }

        if ((traits & SqlWordTraits.Exec) != 0)
        {
            Facts |= SqlFacts.Exec;
        }

        if ((traits & SqlWordTraits.Error) != 0)
        {
            Facts |= SqlFacts.Error;
        }

        if ((traits & SqlWordTraits.Info) != 0)
        {
            Facts |= SqlFacts.Info;
        }
    }
}
