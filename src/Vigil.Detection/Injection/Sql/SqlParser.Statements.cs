namespace Vigil.Detection.Injection.Sql;

/// <summary>Whole statements: the value itself, or what follows a separator (stacked queries).</summary>
internal ref partial struct SqlParser
{
    private static bool IsStatementStart(SqlToken t) => t.Kind == SqlTokenKind.Word && t.Keyword is
        SqlKeyword.Select or SqlKeyword.With or SqlKeyword.Insert or SqlKeyword.Replace or SqlKeyword.Update or
        SqlKeyword.Delete or SqlKeyword.Drop or SqlKeyword.Truncate or SqlKeyword.Alter or SqlKeyword.Create or
        SqlKeyword.Exec or SqlKeyword.Execute or SqlKeyword.Declare or SqlKeyword.Set or SqlKeyword.Waitfor or
        SqlKeyword.Shutdown or SqlKeyword.If or SqlKeyword.Begin or SqlKeyword.Call or SqlKeyword.Do or
        SqlKeyword.Grant or SqlKeyword.Revoke or SqlKeyword.Copy or SqlKeyword.Load or SqlKeyword.Show or
        SqlKeyword.Use or SqlKeyword.Print or SqlKeyword.Reconfigure or SqlKeyword.Kill or SqlKeyword.Open or
        SqlKeyword.Close or SqlKeyword.Deallocate or SqlKeyword.Values or SqlKeyword.Attach or SqlKeyword.Pragma or
        SqlKeyword.Describe or SqlKeyword.Explain or SqlKeyword.Handler or SqlKeyword.While;

    private bool Statements(bool standalone, bool implicitBatch = false)
    {
        bool first = true;
        while (true)
        {
            while (Accept(SqlTokenKind.Semicolon))
            {
                Facts |= SqlFacts.Separator;
            }

            if (AtEnd)
            {
                return true;
            }

            if (!Statement(out SqlStatementStrength strength))
            {
                return false;
            }

            if (standalone && first)
            {
                if (strength == SqlStatementStrength.Strong)
                {
                    Facts |= SqlFacts.Statement;
                }
            }
            else
            {
                bool batch = implicitBatch && first;
                if (!batch)
                {
                    Facts |= SqlFacts.WeakStacked;
                }

                // Without a separator only an unmistakable statement counts: "' DELETE 75oBC$" is prose.
                if (strength >= (batch ? SqlStatementStrength.Strong : SqlStatementStrength.Stacked))
                {
                    Facts |= SqlFacts.Stacked;
                }
            }

            first = false;
            if (!AtEnd && _current.Kind != SqlTokenKind.Semicolon && !IsStatementStart(_current))
            {
                return false;
            }
        }
    }

    private bool Statement(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Invalid;
        if (!Enter())
        {
            return false;
        }

        bool ok = _current.Kind == SqlTokenKind.OpenParen ? Query(out strength) : _current.Keyword switch
        {
            SqlKeyword.Select or SqlKeyword.With => Query(out strength),
            SqlKeyword.Insert or SqlKeyword.Replace => Insert(out strength),
            SqlKeyword.Update => Update(out strength),
            SqlKeyword.Delete => Delete(out strength),
            SqlKeyword.Drop => Drop(out strength),
            SqlKeyword.Truncate => Truncate(out strength),
            SqlKeyword.Alter or SqlKeyword.Create => Define(out strength),
            SqlKeyword.Exec or SqlKeyword.Execute => Execute(out strength),
            SqlKeyword.Declare => Declare(out strength),
            SqlKeyword.Set => Set(out strength),
            SqlKeyword.Waitfor => Waitfor(out strength),
            SqlKeyword.If or SqlKeyword.While => If(out strength),
            SqlKeyword.Copy => Copy(out strength),
            SqlKeyword.Load => Load(out strength),
            SqlKeyword.Attach => Attach(out strength),
            _ => Simple(out strength),
        };
        Leave();
        return ok;
    }

    private bool Query(out SqlStatementStrength strength)
    {
        bool ok = SelectQuery(out SelectShape shape);
        strength = shape.IsStrong ? SqlStatementStrength.Strong : shape.IsSql ? SqlStatementStrength.Stacked : SqlStatementStrength.Weak;
        return ok;
    }

    private bool Insert(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        Accept(SqlKeyword.Into);
        if (!TableName() || (_current.Kind == SqlTokenKind.OpenParen && !Parenthesised(out _)))
        {
            return false;
        }

        if (Accept(SqlKeyword.Values) || Accept(SqlKeyword.Value))
        {
            do
            {
                if (_current.Kind != SqlTokenKind.OpenParen || !Parenthesised(out _))
                {
                    return false;
                }
            }
            while (Accept(SqlTokenKind.Comma));

            return true;
        }

        if (Accept(SqlKeyword.Set))
        {
            return Assignments();
        }

        return (_current.Is(SqlKeyword.Select) || _current.Is(SqlKeyword.With)) && SelectQuery(out _);
    }

    private bool Update(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Strong;
        Advance();
        return TableName() && Accept(SqlKeyword.Set) && Assignments() && (!Accept(SqlKeyword.Where) || Expression(out _, 0));
    }

    private bool Delete(out SqlStatementStrength strength)
    {
        strength = SqlStatementStrength.Stacked;
        Advance();
        while (_current.Kind == SqlTokenKind.Word && _current.Keyword == SqlKeyword.None && PeekNext().Kind == SqlTokenKind.Word)
        {
            // LOW_PRIORITY, QUICK, IGNORE.
            Advance();
        }

        Accept(SqlKeyword.From);
        if (!TableName())
        {
            return false;
        }

        if (Accept(SqlKeyword.Where))
        {
            strength = SqlStatementStrength.Strong;
            return Expression(out _, 0);
        }

        return true;
    }
}
