namespace Vigil.Detection.Injection.Sql;

internal enum SqlTokenKind : byte
{
    End,
    String,
    Number,
    Word,
    QuotedIdentifier,
    Variable,
    Operator,
    Comma,
    Semicolon,
    OpenParen,
    CloseParen,
    Dot,
    Unknown,
}

[Flags]
internal enum SqlTokenFlags : byte
{
    None = 0,

    /// <summary>A string literal with nothing inside.</summary>
    Empty = 1,

    /// <summary>A string that reaches the end of the value and is closed by the host's own quote.</summary>
    ClosedByHost = 2,

    /// <summary>A string or quoted identifier that never closes: the query would not parse.</summary>
    Unterminated = 4,

    /// <summary>A string whose content contains whitespace or query-string punctuation (a phrase or URL, not a token).</summary>
    HasSpace = 8,

    /// <summary>A variable spelled <c>@@name</c>: a server system variable.</summary>
    SystemVariable = 16,
}

/// <summary>One lexeme: a slice of the value plus its classification. No strings are created.</summary>
internal readonly struct SqlToken(
    SqlTokenKind kind, int start, int length, SqlTokenFlags flags = SqlTokenFlags.None, byte code = 0, SqlWordTraits traits = SqlWordTraits.None)
{
    public SqlTokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int Length { get; } = length;

    public SqlTokenFlags Flags { get; } = flags;

    /// <summary>For <see cref="SqlTokenKind.Operator"/> the <see cref="SqlOperator"/>; for words the <see cref="SqlKeyword"/>.</summary>
    public byte Code { get; } = code;

    /// <summary>For words: reserved or not, and the class of function it names.</summary>
    public SqlWordTraits Traits { get; } = traits;

    public SqlOperator Operator => Kind == SqlTokenKind.Operator ? (SqlOperator)Code : SqlOperator.None;

    public SqlKeyword Keyword => Kind == SqlTokenKind.Word ? (SqlKeyword)Code : SqlKeyword.None;

    public bool Is(SqlKeyword keyword) => Kind == SqlTokenKind.Word && Code == (byte)keyword;

    public bool Is(SqlOperator op) => Kind == SqlTokenKind.Operator && Code == (byte)op;

    public bool Has(SqlTokenFlags flag) => (Flags & flag) != 0;

    public bool Has(SqlWordTraits trait) => (Traits & trait) != 0;
}
