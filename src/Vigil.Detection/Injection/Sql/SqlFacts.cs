namespace Vigil.Detection.Injection.Sql;

/// <summary>What the parser observed while reading a value as a query fragment. The judge decides from these.</summary>
[Flags]
internal enum SqlFacts : uint
{
    None = 0,

    /// <summary>UNION [ALL] SELECT whose select list or FROM clause is real SQL, not prose.</summary>
    UnionSelect = 1u << 0,

    /// <summary>A parenthesised SELECT with a FROM clause or a non-trivial select list.</summary>
    Subquery = 1u << 1,

    /// <summary>A second statement after <c>;</c> (or a T-SQL batch without one) that is meaningful SQL.</summary>
    Stacked = 1u << 2,

    /// <summary>The whole value is a meaningful statement on its own.</summary>
    Statement = 1u << 3,

    Time = 1u << 4,
    File = 1u << 5,
    Exec = 1u << 6,
    Error = 1u << 7,
    Info = 1u << 8,

    /// <summary>A built-in SQL function was called.</summary>
    KnownCall = 1u << 9,

    /// <summary>OR/XOR with a condition that does not depend on the row (<c>or 1=1</c>, <c>or 'a'='a'</c>): a tautology.</summary>
    ConstantOr = 1u << 10,

    /// <summary>AND with such a condition (<c>and 1=2</c>, <c>having 1=1</c>): a boolean-blind probe.</summary>
    ConstantAnd = 1u << 11,

    /// <summary>A logical operator whose operand is a row-independent function or subquery (<c>and ascii(…)</c>).</summary>
    FunctionCondition = 1u << 12,

    Logical = 1u << 13,
    Comparison = 1u << 14,
    Arithmetic = 1u << 15,

    /// <summary>ORDER BY / GROUP BY by column position (<c>order by 5</c>): column counting.</summary>
    OrderByNumber = 1u << 16,

    /// <summary>Any tail clause after the operand: ORDER/GROUP BY, HAVING, LIMIT, PROCEDURE, INTO, FOR UPDATE.</summary>
    Clause = 1u << 17,

    /// <summary>A <c>)</c> that closes a parenthesis opened by the host query.</summary>
    HostParen = 1u << 18,

    /// <summary>The value's first operand is a literal (numeric context: <c>1 order by 3</c>).</summary>
    LeadingLiteral = 1u << 19,

    /// <summary>A statement separator appeared at top level.</summary>
    Separator = 1u << 20,

    /// <summary>The continuation after the breakout carries some non-empty operand.</summary>
    NonEmptyOperand = 1u << 21,

    /// <summary>PROCEDURE ANALYSE(…) or similar at the tail.</summary>
    Procedure = 1u << 22,

    /// <summary>A weak but valid statement after a separator (enough only after a quote breakout).</summary>
    WeakStacked = 1u << 23,

    /// <summary>The raw value opens with an operator expression over literals only (<c>(1 OR @a)</c>, <c>1*1</c>).</summary>
    ConstantExpression = 1u << 24,

    /// <summary>
    /// The facts that mark an injection even when text the parser cannot follow comes after them. Structural
    /// facts only: a lone call such as "Sleep(8) hours a night" is a complete call followed by prose.
    /// </summary>
    Decisive = UnionSelect | Stacked | ConstantOr | ConstantAnd | FunctionCondition | Subquery,
}

/// <summary>What one parsed expression is, bubbled up through the precedence climb.</summary>
[Flags]
internal enum SqlExpr : byte
{
    None = 0,

    /// <summary>Refers to a column: its value depends on the row, as ordinary conditions do.</summary>
    RowDependent = 1,

    /// <summary>A condition: comparison, IS, IN, LIKE, BETWEEN, EXISTS, NOT …</summary>
    Predicate = 2,

    /// <summary>Involves SQL machinery: a built-in function, a subquery, a system variable, CASE.</summary>
    SqlCall = 4,

    NonEmpty = 8,

    /// <summary>A single literal, possibly signed.</summary>
    Literal = 16,

    /// <summary>Any function call, known or not, or <c>*</c> (select-list items that are not prose).</summary>
    Call = 32,

    /// <summary>Reads server state: an information function, a system variable or a subquery.</summary>
    Probe = 64,
}

/// <summary>How meaningful a parsed statement is.</summary>
internal enum SqlStatementStrength
{
    Invalid,

    /// <summary>Parses, but prose could produce it (<c>select one</c>).</summary>
    Weak,

    /// <summary>Meaningful after a separator (<c>; shutdown</c>, <c>; truncate logs</c>).</summary>
    Stacked,

    /// <summary>Meaningful even as a whole value (<c>drop table users</c>, <c>select * from users</c>).</summary>
    Strong,
}
