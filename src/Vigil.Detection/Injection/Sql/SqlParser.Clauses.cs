namespace Vigil.Detection.Injection.Sql;

/// <summary>The clauses that can follow a query or an injected operand: UNION, GROUP/ORDER BY, HAVING, LIMIT, …</summary>
internal ref partial struct SqlParser
{
    // At top level, after the operand: "1 UNION SELECT …", "1 ORDER BY 3", "1 GROUP BY 1 HAVING 1=1".
    private bool TailClauses()
    {
        while (_current.Keyword is SqlKeyword.Union or SqlKeyword.Except or SqlKeyword.Intersect or SqlKeyword.Minus)
        {
            Advance();
            if (!Accept(SqlKeyword.All))
            {
                Accept(SqlKeyword.Distinct);
            }

            if (!SelectOperand(out SelectShape shape))
            {
                return false;
            }

            if (shape.IsSql)
            {
                Facts |= SqlFacts.UnionSelect;
            }
        }

        SelectShape ignored = default;
        return SelectClauses(ref ignored);
    }

    private bool SelectClauses(ref SelectShape shape)
    {
        while (true)
        {
            bool ok;
            switch (_current.Keyword)
            {
                case SqlKeyword.Group:
                    Advance();
                    ok = Accept(SqlKeyword.By) && OrderList() && (!Accept(SqlKeyword.With) || Accept(SqlKeyword.Rollup));
                    break;
                case SqlKeyword.Having:
                    Advance();
                    ok = Expression(out SqlExpr condition, 0);
                    if (ok && (condition & SqlExpr.Predicate) != 0 && (condition & SqlExpr.RowDependent) == 0)
                    {
                        Facts |= SqlFacts.ConstantAnd;
                    }

                    break;
                case SqlKeyword.Order:
                    Advance();
                    ok = Accept(SqlKeyword.By) && OrderList();
                    break;
                case SqlKeyword.Limit:
                    Advance();
                    ok = Accept(SqlKeyword.All) ||
                         (Expression(out _, 0) && ((!Accept(SqlTokenKind.Comma) && !Accept(SqlKeyword.Offset)) || Expression(out _, 0)));
                    break;
                case SqlKeyword.Offset:
                    Advance();
                    ok = Expression(out _, 0);
                    if (ok && !Accept(SqlKeyword.Rows))
                    {
                        Accept(SqlKeyword.Row);
                    }

                    break;
                case SqlKeyword.Fetch:
                    Advance();
                    ok = (Accept(SqlKeyword.First) || Accept(SqlKeyword.Next)) && (Accept(SqlTokenKind.Number) || true) &&
                         (Accept(SqlKeyword.Rows) || Accept(SqlKeyword.Row)) && Accept(SqlKeyword.Only);
                    break;
                case SqlKeyword.Procedure:
                    Advance();
                    ok = _current.Kind == SqlTokenKind.Word && Name(out _);
                    Facts |= SqlFacts.Procedure;
                    break;
                case SqlKeyword.Into:
                    ok = IntoClause();
                    break;
                case SqlKeyword.For:
                    // FOR UPDATE [NOWAIT], FOR SHARE, FOR XML PATH(…), FOR JSON AUTO.
                    Advance();
                    ok = SkipWords(2);
                    break;
                case SqlKeyword.Lock:
                    Advance();
                    ok = Accept(SqlKeyword.In) && SkipWords(2);
                    break;
                default:
                    return true;
            }

            if (!ok)
            {
                return false;
            }

            shape.Clause = true;
            Facts |= SqlFacts.Clause;
        }
    }

    private bool OrderList()
    {
        bool first = true;
        do
        {
            if (first && _current.Kind == SqlTokenKind.Number)
            {
                Facts |= SqlFacts.OrderByNumber;
            }

            first = false;
            if (!Expression(out _, 0))
            {
                return false;
            }

            if (!Accept(SqlKeyword.Asc))
            {
                Accept(SqlKeyword.Desc);
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    // INTO OUTFILE '…' / INTO DUMPFILE '…' (file write), INTO @a, @b, or SELECT … INTO newtable.
    private bool IntoClause()
    {
        Advance();
        if (Accept(SqlKeyword.Outfile) || Accept(SqlKeyword.Dumpfile))
        {
            Facts |= SqlFacts.File;
            if (!Accept(SqlTokenKind.String))
            {
                return false;
            }

            // FIELDS TERMINATED BY …, LINES STARTING BY …: words and literals up to the end of the clause.
            while (_current.Kind is SqlTokenKind.Word or SqlTokenKind.String or SqlTokenKind.Number && !IsTailClause(_current))
            {
                Advance();
            }

            return true;
        }

        if (_current.Kind == SqlTokenKind.Variable)
        {
            do
            {
                if (!Accept(SqlTokenKind.Variable))
                {
                    return false;
                }
            }
            while (Accept(SqlTokenKind.Comma));

            return true;
        }

        return _current.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier && Name(out _);
    }

    // Up to n plain words (option keywords), then an optional parenthesised argument list.
    private bool SkipWords(int n)
    {
        for (int i = 0; i < n && _current.Kind == SqlTokenKind.Word && !IsTailClause(_current); i++)
        {
            Advance();
        }

        return _current.Kind != SqlTokenKind.OpenParen || Parenthesised(out _);
    }
}
