namespace Vigil.Detection.Injection.Script;

internal enum JsTokenKind : byte
{
    End,
    Identifier,
    Number,
    String,
    Template,
    Regex,
    Punctuator,
    Unknown,
}

[Flags]
internal enum JsTokenFlags : byte
{
    None = 0,

    /// <summary>A line break precedes the token (automatic semicolon insertion applies).</summary>
    NewlineBefore = 1,

    /// <summary>A string that runs to the end of the value and is closed by the host's quote.</summary>
    ClosedByHost = 2,

    /// <summary>A string, template or comment that never closes.</summary>
    Unterminated = 4,
}

/// <summary>One JavaScript lexeme as a slice of the value.</summary>
internal readonly struct JsToken(JsTokenKind kind, int start, int length, JsTokenFlags flags = JsTokenFlags.None)
{
    public JsTokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int Length { get; } = length;

    public JsTokenFlags Flags { get; } = flags;

    public bool Has(JsTokenFlags flag) => (Flags & flag) != 0;
}
