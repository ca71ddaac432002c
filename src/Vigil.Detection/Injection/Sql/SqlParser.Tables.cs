namespace Vigil.Detection.Injection.Sql;

/// <summary>FROM clauses: table references, joins, derived tables.</summary>
internal ref partial struct SqlParser
{
    private bool TableReferences()
    {
        do
        {
            if (!TableReference())
            {
                return false;
            }

            while (IsJoinStart(_current))
            {
                while (!_current.Is(SqlKeyword.Join) && !_current.Is(SqlKeyword.StraightJoin) && IsJoinStart(_current))
                {
                    Advance();
                }

                if (!Accept(SqlKeyword.Join) && !Accept(SqlKeyword.StraightJoin))
                {
                    return false;
                }

                if (!TableReference())
                {
                    return false;
                }

                if (Accept(SqlKeyword.On) ? !Expression(out _, 0) : Accept(SqlKeyword.Using) && !Parenthesised(out _))
                {
                    return false;
                }
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    private static bool IsJoinStart(SqlToken t) => t.Keyword is SqlKeyword.Join or SqlKeyword.Inner or SqlKeyword.Left or
        SqlKeyword.Right or SqlKeyword.Full or SqlKeyword.Outer or SqlKeyword.Cross or SqlKeyword.Natural or SqlKeyword.StraightJoin;

    private bool TableReference()
    {
        if (_current.Kind == SqlTokenKind.OpenParen)
        {
            Advance();
            if (!Enter())
            {
                return false;
            }

            bool inner = _current.Is(SqlKeyword.Select) || _current.Is(SqlKeyword.With) || _current.Kind == SqlTokenKind.OpenParen
                ? SelectQuery(out SelectShape shape) && NoteAndTrue(shape)
                : TableReferences();
            Leave();
            if (!inner || !CloseParen())
            {
                return false;
            }
        }
        else if (_current.Kind == SqlTokenKind.Variable || (_current.Kind == SqlTokenKind.String && !_current.Has(SqlTokenFlags.Unterminated)))
        {
            // @table variables; "table" is an identifier in ANSI mode.
            Advance();
        }
        else if ((_current.Kind == SqlTokenKind.Word && (!_current.Has(SqlWordTraits.Reserved) || _current.Has(SqlWordTraits.Callable))) ||
                 _current.Kind == SqlTokenKind.QuotedIdentifier)
        {
            if (!Name(out _))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        return Alias();
    }

    private bool NoteAndTrue(SelectShape shape)
    {
        NoteSubquery(shape);
        return true;
    }
}
