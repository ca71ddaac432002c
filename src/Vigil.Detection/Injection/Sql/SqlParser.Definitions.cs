namespace Vigil.Detection.Injection.Sql;

/// <summary>Schema statements (DROP, TRUNCATE, CREATE, ALTER) and the names and assignments statements share.</summary>
internal ref partial struct SqlParser
{
    private bool Drop(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        Accept(SqlKeyword.Temporary);
        if (!IsSchemaObject(_current))
        {
            return false;
        }

        Advance();
        if (_current.Is(SqlKeyword.If))
        {
            Advance();
            if (!Accept(SqlKeyword.Exists))
            {
                return false;
            }
        }

        do
        {
            if (!TableName())
            {
                return false;
            }
        }
        while (Accept(SqlTokenKind.Comma));

        Accept(SqlKeyword.Cascade);
        return true;
    }

    private bool Truncate(out SqlStatementStrength strength)
    {
        Advance();
        strength = Accept(SqlKeyword.Table) ? SqlStatementStrength.Strong : SqlStatementStrength.Stacked;
        return TableName();
    }

    // CREATE/ALTER <object> name …: the body is too varied to parse; it only has to lex as SQL.
    private bool Define(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        if (_current.Is(SqlKeyword.Or))
        {
            Advance();
            if (!Accept(SqlKeyword.Replace))
            {
                return false;
            }
        }

        Accept(SqlKeyword.Temporary);
        if (!IsSchemaObject(_current))
        {
            return false;
        }

        Advance();
        return TableName() && SkipRest();
    }

    private static bool IsSchemaObject(SqlToken t) => t.Keyword is SqlKeyword.Table or SqlKeyword.Database or
        SqlKeyword.Schema or SqlKeyword.View or SqlKeyword.User or SqlKeyword.Index or SqlKeyword.Procedure or
        SqlKeyword.Function or SqlKeyword.Trigger or SqlKeyword.Login or SqlKeyword.Role or SqlKeyword.Sequence;

    // A plain, possibly dotted, object name (never a call: "CREATE TABLE t (a INT)").
    private bool TableName()
    {
        if (Accept(SqlTokenKind.Variable))
        {
            return true;
        }

        do
        {
            if (!(_current.Kind == SqlTokenKind.QuotedIdentifier ||
                  (_current.Kind == SqlTokenKind.Word && !_current.Has(SqlWordTraits.Reserved))) ||
                _current.Has(SqlTokenFlags.Unterminated))
            {
                return false;
            }

            if ((_current.Traits & SqlWordTraits.Info) != 0)
            {
                Facts |= SqlFacts.Info;
            }

            Advance();
        }
        while (Accept(SqlTokenKind.Dot));

        return true;
    }

    private bool Assignments()
    {
        do
        {
            if (_current.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier or SqlTokenKind.Variable) ||
                _current.Has(SqlWordTraits.Reserved))
            {
                return false;
            }

            Advance();
            while (_current.Kind == SqlTokenKind.Dot && PeekNext().Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
            {
                Advance();
                Advance();
            }

            if (!(_current.Is(SqlOperator.Equal) || _current.Is(SqlOperator.Assign)))
            {
                return false;
            }

            Advance();
            if (!Expression(out _, 0))
            {
                return false;
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    private bool SkipRest()
    {
        int depth = 0;
        while (!AtEnd && !(depth == 0 && _current.Kind == SqlTokenKind.Semicolon))
        {
            switch (_current.Kind)
            {
                case SqlTokenKind.Unknown:
                    return false;
                case SqlTokenKind.String or SqlTokenKind.QuotedIdentifier when _current.Has(SqlTokenFlags.Unterminated):
                    return false;
                case SqlTokenKind.OpenParen:
                    depth++;
                    break;
                case SqlTokenKind.CloseParen when --depth < 0:
                    return false;
            }

            Advance();
        }

        return true;
    }
}
