namespace Vigil.Detection.Injection.Sql;

/// <summary>Parenthesised expressions and subqueries, CASE, and the postfix COLLATE and :: casts.</summary>
internal ref partial struct SqlParser
{
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
}
