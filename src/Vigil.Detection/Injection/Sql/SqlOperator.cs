namespace Vigil.Detection.Injection.Sql;

/// <summary>Symbolic operators across MySQL, PostgreSQL, SQL Server, Oracle and SQLite.</summary>
internal enum SqlOperator : byte
{
    None,
    Equal,          // =
    DoubleEqual,    // == (SQLite)
    NullSafeEqual,  // <=> (MySQL)
    NotEqual,       // <> !=
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    NotLess,        // !< (SQL Server)
    NotGreater,     // !> (SQL Server)
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Ampersand,
    Pipe,
    Caret,
    Tilde,
    Bang,
    ShiftLeft,
    ShiftRight,
    AndAnd,         // && (MySQL AND)
    OrOr,           // || (MySQL OR, concatenation elsewhere)
    Cast,           // :: (PostgreSQL)
    Assign,         // := (MySQL)
    Arrow,          // -> ->> (JSON)
    Colon,
}
