namespace Vigil.Detection.Injection.Sql;

/// <summary>Procedural and administrative statements (T-SQL batches, MySQL DO, PostgreSQL COPY, SQLite ATTACH).</summary>
internal ref partial struct SqlParser
{
    // EXEC('…'), EXEC @sql, EXEC master..xp_cmdshell 'dir', EXECUTE IMMEDIATE '…', EXEC @r = proc @a = 1, 2.
    private bool Execute(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        if (_current.Kind == SqlTokenKind.OpenParen)
        {
            return Parenthesised(out _);
        }

        if (Accept(SqlKeyword.Immediate))
        {
            return Expression(out _, 0);
        }

        if (_current.Kind == SqlTokenKind.Variable && PeekNext().Is(SqlOperator.Equal))
        {
            Advance();
            Advance();
        }

        if (_current.Kind == SqlTokenKind.Variable)
        {
            Advance();
            return true;
        }

        if (_current.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier) || _current.Has(SqlWordTraits.Reserved))
        {
            return false;
        }

        SqlWordTraits traits = SqlWordTraits.None;
        bool systemProcedure = false;
        bool expectPart = true;
        while (true)
        {
            if (expectPart && _current.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
            {
                traits |= _current.Traits;
                ReadOnlySpan<char> part = _lexer.Text(_current);
                systemProcedure |= part.StartsWith("xp_", StringComparison.OrdinalIgnoreCase) ||
                                   part.StartsWith("sp_", StringComparison.OrdinalIgnoreCase);
                Advance();
                expectPart = false;
            }
            else if (Accept(SqlTokenKind.Dot))
            {
                // master..xp_cmdshell: an empty schema part is allowed.
                expectPart = true;
            }
            else
            {
                break;
            }
        }

        NoteFunction(traits);
        bool known = systemProcedure || (traits & (SqlWordTraits.Exec | SqlWordTraits.File)) != 0;
        if (AtEnd || _current.Kind == SqlTokenKind.Semicolon || IsStatementStart(_current))
        {
            // "exec will" is prose; "exec xp_cmdshell" is not.
            strength = known ? SqlStatementStrength.Strong : SqlStatementStrength.Weak;
            return true;
        }

        if (!known)
        {
            strength = SqlStatementStrength.Stacked;
        }

        return ProcedureArguments();
    }

    private bool ProcedureArguments()
    {
        do
        {
            if (_current.Kind == SqlTokenKind.Variable && PeekNext().Is(SqlOperator.Equal))
            {
                Advance();
                Advance();
            }

            if (!Expression(out _, 0))
            {
                return false;
            }

            Accept(SqlKeyword.Output);
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    // DECLARE @s VARCHAR(4000) [= …], @t INT; DECLARE c CURSOR FOR SELECT …
    private bool Declare(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        do
        {
            if (_current.Kind is not (SqlTokenKind.Variable or SqlTokenKind.Word))
            {
                return false;
            }

            Advance();
            Accept(SqlKeyword.As);
            if (Accept(SqlKeyword.Cursor))
            {
                return Accept(SqlKeyword.For) && SelectQuery(out _);
            }

            if (!TypeName())
            {
                return false;
            }

            if (_current.Is(SqlOperator.Equal))
            {
                Advance();
                if (!Expression(out _, 0))
                {
                    return false;
                }
            }
        }
        while (Accept(SqlTokenKind.Comma));

        return true;
    }

    // SET @s = …; SET x = …; SET NOCOUNT ON.
    private bool Set(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Weak;
        Advance();
        if (_current.Kind == SqlTokenKind.Variable)
        {
            strength = SqlStatementStrength.Strong;
            return Assignments();
        }

        if (_current.Kind != SqlTokenKind.Word)
        {
            return false;
        }

        if (PeekNext().Is(SqlOperator.Equal) || PeekNext().Is(SqlOperator.Assign))
        {
            strength = SqlStatementStrength.Stacked;
            return Assignments();
        }

        Advance();
        return Accept(SqlKeyword.On) || Accept(SqlTokenKind.Word);
    }

    private bool Waitfor(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        if (!(Accept(SqlKeyword.Delay) || Accept(SqlKeyword.Time)) || !Expression(out _, 0))
        {
            return false;
        }

        Facts |= SqlFacts.Time;
        return true;
    }

    // T-SQL: IF <condition> <statement> [ELSE <statement>], WHILE <condition> <statement>.
    private bool If(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Invalid;
        Advance();
        if (!Expression(out _, 0) || !Statement(out strength))
        {
            return false;
        }

        if (Accept(SqlKeyword.Else))
        {
            if (!Statement(out SqlStatementStrength other))
            {
                return false;
            }

            strength = (SqlStatementStrength)Math.Max((int)strength, (int)other);
        }

        return true;
    }
}
