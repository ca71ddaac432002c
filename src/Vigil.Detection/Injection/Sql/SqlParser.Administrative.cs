namespace Vigil.Detection.Injection.Sql;

/// <summary>Administrative statements that read or write files or reach the server (COPY, LOAD DATA, ATTACH, SHUTDOWN …).</summary>
internal ref partial struct SqlParser
{
    // PostgreSQL COPY t FROM PROGRAM 'cmd' / COPY (SELECT …) TO '/file'.
    private bool Copy(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        if (_current.Kind == SqlTokenKind.OpenParen ? !Parenthesised(out _) : !TableName())
        {
            return false;
        }

        if (_current.Kind == SqlTokenKind.OpenParen && !Parenthesised(out _))
        {
            return false;
        }

        if (!Accept(SqlKeyword.From) && !(_current.Kind == SqlTokenKind.Word && _lexer.Text(_current).Equals("to", StringComparison.OrdinalIgnoreCase) && Accept(SqlTokenKind.Word)))
        {
            return false;
        }

        Facts |= Accept(SqlKeyword.Program) ? SqlFacts.Exec : SqlFacts.File;
        return (Accept(SqlTokenKind.String) || Accept(SqlTokenKind.Word)) && SkipRest();
    }

    // MySQL LOAD DATA [LOCAL] INFILE '…' INTO TABLE t.
    private bool Load(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        if (!Accept(SqlKeyword.Data))
        {
            return false;
        }

        if (_current.Kind == SqlTokenKind.Word && !_current.Is(SqlKeyword.Infile))
        {
            Advance();
        }

        Facts |= SqlFacts.File;
        return Accept(SqlKeyword.Infile) && Accept(SqlTokenKind.String) && SkipRest();
    }

    // SQLite ATTACH DATABASE '/var/www/shell.php' AS x writes a file.
    private bool Attach(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        Accept(SqlKeyword.Database);
        Facts |= SqlFacts.File;
        return Expression(out _, 0) && Accept(SqlKeyword.As) && TableName();
    }

    // The rest: a keyword and a few words or an expression. Valid but rarely meaningful on its own.
    private bool Simple(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Weak;
        SqlKeyword keyword = _current.Keyword;
        Advance();
        switch (keyword)
        {
            case SqlKeyword.Shutdown:
                strength = SqlStatementStrength.Stacked;
                if (Accept(SqlKeyword.With))
                {
                    return Accept(SqlKeyword.Nowait);
                }

                return true;
            case SqlKeyword.Do:
            case SqlKeyword.Print:
                strength = keyword == SqlKeyword.Do ? SqlStatementStrength.Stacked : SqlStatementStrength.Weak;
                return ExpressionList(out _);
            case SqlKeyword.Call:
                strength = SqlStatementStrength.Stacked;
                return TableName();
            case SqlKeyword.Kill:
                strength = SqlStatementStrength.Stacked;
                return Accept(SqlTokenKind.Number);
            case SqlKeyword.Reconfigure:
                strength = SqlStatementStrength.Stacked;
                return !Accept(SqlKeyword.With) || Accept(SqlTokenKind.Word);
            case SqlKeyword.Grant or SqlKeyword.Revoke:
                strength = SqlStatementStrength.Stacked;
                return SkipRest();
            case SqlKeyword.Begin:
                if (_current.Kind == SqlTokenKind.Word && !IsStatementStart(_current))
                {
                    Advance();
                }

                return true;
            case SqlKeyword.Values:
                return _current.Kind == SqlTokenKind.OpenParen && Parenthesised(out _);
            case SqlKeyword.Show or SqlKeyword.Pragma or SqlKeyword.Describe or SqlKeyword.Explain or SqlKeyword.Handler:
                return SkipRest();
            default:
                // USE db, OPEN c, CLOSE c, DEALLOCATE c.
                return TableName();
        }
    }
}
