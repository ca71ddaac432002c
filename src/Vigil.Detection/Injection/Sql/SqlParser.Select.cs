namespace Vigil.Detection.Injection.Sql;

/// <summary>SELECT queries, table references and the clauses that may follow an operand.</summary>
internal ref partial struct SqlParser
{
    private void NoteSubquery(SelectShape shape)
    {
        if (shape.IsSql)
        {
            Facts |= SqlFacts.Subquery;
        }
    }

    // SELECT …, WITH … SELECT …, or ( SELECT … ), followed by any UNION chain.
    private bool SelectQuery(out SelectShape shape)
    {
        shape = default;
        if (!Enter())
        {
            return false;
        }

        if (_current.Is(SqlKeyword.With) && !CommonTableExpressions())
        {
            return false;
        }

        if (!SelectOperand(out shape))
        {
            return false;
        }

        while (_current.Keyword is SqlKeyword.Union or SqlKeyword.Except or SqlKeyword.Intersect or SqlKeyword.Minus)
        {
            Advance();
            if (!Accept(SqlKeyword.All))
            {
                Accept(SqlKeyword.Distinct);
            }

            if (!SelectOperand(out SelectShape next))
            {
                return false;
            }

            if (next.IsSql)
            {
                Facts |= SqlFacts.UnionSelect;
            }

            shape.Merge(next);
        }

        Leave();
        return true;
    }

    private bool SelectOperand(out SelectShape shape)
    {
        shape = default;
        if (Accept(SqlTokenKind.OpenParen))
        {
            return SelectQuery(out shape) && CloseParen() && SelectClauses(ref shape);
        }

        return _current.Is(SqlKeyword.Select) && SelectCore(out shape);
    }

    private bool CommonTableExpressions()
    {
        Advance();
        do
        {
            if (_current.Kind != SqlTokenKind.Word || _current.Has(SqlWordTraits.Reserved))
            {
                return false;
            }

            Advance();
            if (_current.Kind == SqlTokenKind.OpenParen && !Parenthesised(out _))
            {
                return false;
            }

            if (!Accept(SqlKeyword.As) || !Accept(SqlTokenKind.OpenParen) || !SelectQuery(out _) || !CloseParen())
            {
                return false;
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    private bool SelectCore(out SelectShape shape)
    {
        shape = default;
        Advance();
        if (!SelectModifiers() || !SelectList(ref shape))
        {
            return false;
        }

        if (_current.Is(SqlKeyword.Into) && !IntoClause())
        {
            return false;
        }

        if (Accept(SqlKeyword.From))
        {
            shape.From = true;
            if (!TableReferences())
            {
                return false;
            }
        }

        if (Accept(SqlKeyword.Where))
        {
            // "… FROM t WHERE" at the very end: the host query supplies the condition.
            shape.Where = !AtEnd;
            if (!AtEnd && !Expression(out _, 0))
            {
                return false;
            }
        }

        return SelectClauses(ref shape);
    }

    private bool SelectModifiers()
    {
        while (true)
        {
            if (Accept(SqlKeyword.All) || Accept(SqlKeyword.Distinct))
            {
                continue;
            }

            if (Accept(SqlKeyword.Top))
            {
                if (_current.Kind == SqlTokenKind.OpenParen ? !Parenthesised(out _) : !Accept(SqlTokenKind.Number))
                {
                    return false;
                }

                Accept(SqlKeyword.Percent);
                continue;
            }

            if (_current.Kind == SqlTokenKind.Word && IsSelectOption(_lexer.Text(_current)))
            {
                Advance();
                continue;
            }

            return true;
        }
    }

    private static bool IsSelectOption(ReadOnlySpan<char> word) =>
        word.StartsWith("sql_", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("high_priority", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("straight_join", StringComparison.OrdinalIgnoreCase);

    private bool SelectList(ref SelectShape shape)
    {
        do
        {
            if (AtEnd && shape.Items > 0)
            {
                // "union select 1,2,3," cut at the value's end.
                return true;
            }

            shape.Items++;
            if (_current.Is(SqlOperator.Star))
            {
                Advance();
                shape.Star = true;
                shape.NonTrivialItem = true;
                continue;
            }

            if (!Expression(out SqlExpr item, 0))
            {
                return false;
            }

            shape.SqlCall |= (item & SqlExpr.SqlCall) != 0;
            shape.NonTrivialItem |= (item & (SqlExpr.Literal | SqlExpr.SqlCall | SqlExpr.Call)) != 0 ||
                                    (item & SqlExpr.RowDependent) == 0;
            if (!Alias())
            {
                return false;
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    private bool Alias()
    {
        if (Accept(SqlKeyword.As))
        {
            // After AS any word will do: dialects reserve different words (Oracle "ROWNUM AS LIMIT").
            return Accept(SqlTokenKind.String) || Accept(SqlTokenKind.QuotedIdentifier) || Accept(SqlTokenKind.Word);
        }

        if ((_current.Kind == SqlTokenKind.Word && !_current.Has(SqlWordTraits.Reserved) && _current.Keyword == SqlKeyword.None) ||
            _current.Kind is SqlTokenKind.QuotedIdentifier or SqlTokenKind.String)
        {
            Advance();
        }

        return true;
    }
}
