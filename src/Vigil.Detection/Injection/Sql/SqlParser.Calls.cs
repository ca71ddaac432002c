namespace Vigil.Detection.Injection.Sql;

/// <summary>Function calls: arguments with their SQL connectors (AS, USING, FROM, FOR, SEPARATOR) and the facts a call records.</summary>
internal ref partial struct SqlParser
{
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
