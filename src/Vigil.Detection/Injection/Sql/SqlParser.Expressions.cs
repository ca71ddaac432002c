namespace Vigil.Detection.Injection.Sql;

/// <summary>Expressions: a precedence climb that carries <see cref="SqlExpr"/> facts upward.</summary>
internal ref partial struct SqlParser
{
    private enum BinaryKind : byte
    {
        Logical,
        Compare,
        Is,
        In,
        Between,
        Like,
        Sounds,
        Not,
        Arithmetic,
    }

    private const SqlExpr Carried = SqlExpr.RowDependent | SqlExpr.NonEmpty | SqlExpr.SqlCall | SqlExpr.Call | SqlExpr.Probe;
    private const int NotPrecedence = 3;
    private const int ComparePrecedence = 4;

    private bool Expression(out SqlExpr e, int minPrecedence)
    {
        e = SqlExpr.None;
        if (!Enter())
        {
            return false;
        }

        bool ok = Unary(out e) && PostfixAndBinary(ref e, minPrecedence);
        Leave();
        return ok;
    }

    private bool PostfixAndBinary(ref SqlExpr e, int minPrecedence) => Postfix(ref e) && BinaryLoop(ref e, minPrecedence);

    private bool BinaryLoop(ref SqlExpr left, int minPrecedence)
    {
        while (true)
        {
            int precedence = BinaryPrecedence(_current, out BinaryKind kind);
            if (precedence == 0 || precedence < minPrecedence)
            {
                return true;
            }

            SqlToken op = _current;
            Advance();
            if (AtEnd && kind is BinaryKind.Arithmetic or BinaryKind.Compare or BinaryKind.Logical)
            {
                // "… 4,5/" or "… AND": the right operand comes from the host text after the value.
                return true;
            }

            if (kind == BinaryKind.Not)
            {
                // NOT LIKE / NOT IN / NOT BETWEEN / NOT REGEXP: the real operator follows.
                BinaryPrecedence(_current, out kind);
                Advance();
            }

            SqlExpr right;
            switch (kind)
            {
                case BinaryKind.Logical:
                    if (!Expression(out right, precedence + 1))
                    {
                        return false;
                    }

                    left = CombineLogical(left, right, op);
                    break;
                case BinaryKind.Is:
                    Accept(SqlKeyword.Not);
                    if (Accept(SqlKeyword.Distinct))
                    {
                        if (!Accept(SqlKeyword.From) || !Expression(out right, precedence + 1))
                        {
                            return false;
                        }

                        left = CombinePredicate(left, right);
                        break;
                    }

                    if (!(Accept(SqlKeyword.Null) || Accept(SqlKeyword.True) || Accept(SqlKeyword.False) || Accept(SqlKeyword.Unknown)))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, SqlExpr.Literal);
                    break;
                case BinaryKind.In:
                    if (!InList(out right))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, right);
                    break;
                case BinaryKind.Between:
                    if (!Expression(out right, ComparePrecedence + 1) || !Accept(SqlKeyword.And) ||
                        !Expression(out SqlExpr upper, ComparePrecedence + 1))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, right | upper);
                    break;
                case BinaryKind.Sounds:
                    if (!Accept(SqlKeyword.Like) || !Expression(out right, precedence + 1))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, right);
                    break;
                case BinaryKind.Like:
                    if (op.Is(SqlKeyword.Similar) || (_current.Kind == SqlTokenKind.Word && _lexer.Text(_current).Equals("to", StringComparison.OrdinalIgnoreCase)))
                    {
                        Advance();
                    }

                    if (!Expression(out right, precedence + 1) ||
                        (Accept(SqlKeyword.Escape) && !Expression(out _, precedence + 1)))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, right);
                    break;
                case BinaryKind.Compare:
                    if (_current.Keyword is SqlKeyword.Any or SqlKeyword.All or SqlKeyword.Some && PeekNext().Kind == SqlTokenKind.OpenParen)
                    {
                        Advance();
                    }

                    if (!Expression(out right, precedence + 1))
                    {
                        return false;
                    }

                    left = CombinePredicate(left, right);
                    break;
                default:
                    if (!Expression(out right, precedence + 1))
                    {
                        return false;
                    }

                    Facts |= SqlFacts.Arithmetic;
                    left = (left | right) & Carried;
                    break;
            }
        }
    }

    private SqlExpr CombineLogical(SqlExpr left, SqlExpr right, SqlToken op)
    {
        Facts |= SqlFacts.Logical;
        bool or = op.Is(SqlKeyword.Or) || op.Is(SqlKeyword.Xor) || op.Is(SqlOperator.OrOr);
        NoteCondition(left, or);
        NoteCondition(right, or);

        // Not a Predicate itself: its operands were judged above, and "a AND b AND c" must not count twice.
        return (left | right) & Carried;
    }

    // A condition that does not look at the row is how injected logic shows itself: real filters compare columns.
    private void NoteCondition(SqlExpr operand, bool or)
    {
        if ((operand & SqlExpr.RowDependent) != 0)
        {
            return;
        }

        if ((operand & SqlExpr.Predicate) != 0)
        {
            Facts |= or ? SqlFacts.ConstantOr : SqlFacts.ConstantAnd;
        }
        else if ((operand & SqlExpr.SqlCall) != 0)
        {
            Facts |= SqlFacts.FunctionCondition;
        }
    }

    private SqlExpr CombinePredicate(SqlExpr left, SqlExpr right)
    {
        Facts |= SqlFacts.Comparison;
        SqlExpr result = SqlExpr.Predicate | ((left | right) & Carried);

        // "ascii(substring(user(),1,1)) = x" tests server state whatever the other side is: a blind probe.
        return (result & SqlExpr.Probe) != 0 ? result & ~SqlExpr.RowDependent : result;
    }

    private bool InList(out SqlExpr e)
    {
        e = SqlExpr.None;
        if (!Accept(SqlTokenKind.OpenParen) || !Enter())
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
            e = SqlExpr.SqlCall | SqlExpr.NonEmpty;
        }
        else if (!ExpressionList(out e))
        {
            return false;
        }

        Leave();
        return CloseParen();
    }

    // One expression keeps what it is (a parenthesised condition is still a condition); a list is a row value.
    private bool ExpressionList(out SqlExpr e)
    {
        if (!Expression(out e, 0))
        {
            return false;
        }

        while (Accept(SqlTokenKind.Comma))
        {
            if (!Expression(out SqlExpr item, 0))
            {
                return false;
            }

            e = (e | item) & Carried;
        }

        return true;
    }
}
