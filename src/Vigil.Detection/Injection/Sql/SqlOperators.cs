namespace Vigil.Detection.Injection.Sql;

/// <summary>Longest-match recognition of symbolic operators.</summary>
internal static class SqlOperators
{
    public static SqlOperator Match(ReadOnlySpan<char> s, int at, out int length)
    {
        char c = s[at];
        char n1 = at + 1 < s.Length ? s[at + 1] : '\0';
        char n2 = at + 2 < s.Length ? s[at + 2] : '\0';
        (SqlOperator op, length) = c switch
        {
            '=' => n1 == '=' ? (SqlOperator.DoubleEqual, 2) : (SqlOperator.Equal, 1),
            '<' when n1 == '=' && n2 == '>' => (SqlOperator.NullSafeEqual, 3),
            '<' => n1 switch
            {
                '=' => (SqlOperator.LessEqual, 2),
                '>' => (SqlOperator.NotEqual, 2),
                '<' => (SqlOperator.ShiftLeft, 2),
                _ => (SqlOperator.Less, 1),
            },
            '>' => n1 switch
            {
                '=' => (SqlOperator.GreaterEqual, 2),
                '>' => (SqlOperator.ShiftRight, 2),
                _ => (SqlOperator.Greater, 1),
            },
            '!' => n1 switch
            {
                '=' => (SqlOperator.NotEqual, 2),
                '<' => (SqlOperator.NotLess, 2),
                '>' => (SqlOperator.NotGreater, 2),
                _ => (SqlOperator.Bang, 1),
            },
            '|' => n1 == '|' ? (SqlOperator.OrOr, 2) : (SqlOperator.Pipe, 1),
            '&' => n1 == '&' ? (SqlOperator.AndAnd, 2) : (SqlOperator.Ampersand, 1),
            ':' => n1 switch
            {
                ':' => (SqlOperator.Cast, 2),
                '=' => (SqlOperator.Assign, 2),
                _ => (SqlOperator.Colon, 1),
            },
            '-' when n1 == '>' => n2 == '>' ? (SqlOperator.Arrow, 3) : (SqlOperator.Arrow, 2),
            '-' => (SqlOperator.Minus, 1),
            '+' => (SqlOperator.Plus, 1),
            '*' => (SqlOperator.Star, 1),
            '/' => (SqlOperator.Slash, 1),
            '%' => (SqlOperator.Percent, 1),
            '^' => (SqlOperator.Caret, 1),
            '~' => (SqlOperator.Tilde, 1),
            _ => (SqlOperator.None, 0),
        };
        return op;
    }
}
