namespace Vigil.Detection.Injection.Sql;

/// <summary>Operator precedence across dialects (MySQL order, which the others agree with where it matters).</summary>
internal ref partial struct SqlParser
{
    private int BinaryPrecedence(SqlToken t, out BinaryKind kind)
    {
        kind = BinaryKind.Arithmetic;
        if (t.Kind == SqlTokenKind.Operator)
        {
            switch (t.Operator)
            {
                case SqlOperator.OrOr:
                    kind = BinaryKind.Logical;
                    return 1;
                case SqlOperator.AndAnd:
                    kind = BinaryKind.Logical;
                    return 2;
                case SqlOperator.Equal or SqlOperator.DoubleEqual or SqlOperator.NullSafeEqual or SqlOperator.NotEqual or
                    SqlOperator.Less or SqlOperator.Greater or SqlOperator.LessEqual or SqlOperator.GreaterEqual or
                    SqlOperator.NotLess or SqlOperator.NotGreater:
                    kind = BinaryKind.Compare;
                    return ComparePrecedence;
                case SqlOperator.Assign:
                    return 1;
                case SqlOperator.Pipe:
                    return 5;
                case SqlOperator.Ampersand:
                    return 6;
                case SqlOperator.ShiftLeft or SqlOperator.ShiftRight:
                    return 7;
                case SqlOperator.Plus or SqlOperator.Minus:
                    return 8;
                case SqlOperator.Star or SqlOperator.Slash or SqlOperator.Percent:
                    return 9;
                case SqlOperator.Caret:
                    return 10;
                case SqlOperator.Arrow:
                    return 11;
                default:
                    return 0;
            }
        }

        if (t.Kind != SqlTokenKind.Word)
        {
            return 0;
        }

        switch (t.Keyword)
        {
            case SqlKeyword.Or or SqlKeyword.Xor:
                kind = BinaryKind.Logical;
                return 1;
            case SqlKeyword.And:
                kind = BinaryKind.Logical;
                return 2;
            case SqlKeyword.Is:
                kind = BinaryKind.Is;
                return ComparePrecedence;
            case SqlKeyword.In:
                kind = BinaryKind.In;
                return PeekNext().Kind == SqlTokenKind.OpenParen ? ComparePrecedence : 0;
            case SqlKeyword.Between:
                kind = BinaryKind.Between;
                return ComparePrecedence;
            case SqlKeyword.Like or SqlKeyword.Rlike or SqlKeyword.Regexp or SqlKeyword.Similar or SqlKeyword.Glob:
                kind = BinaryKind.Like;
                return ComparePrecedence;
            case SqlKeyword.Sounds:
                kind = BinaryKind.Sounds;
                return ComparePrecedence;
            case SqlKeyword.Not:
                kind = BinaryKind.Not;
                SqlToken next = PeekNext();
                return next.Keyword is SqlKeyword.Like or SqlKeyword.Rlike or SqlKeyword.Regexp or SqlKeyword.In or
                    SqlKeyword.Between or SqlKeyword.Similar or SqlKeyword.Glob ? ComparePrecedence : 0;
            case SqlKeyword.Div or SqlKeyword.Mod:
                return 9;
            default:
                return 0;
        }
    }
}
