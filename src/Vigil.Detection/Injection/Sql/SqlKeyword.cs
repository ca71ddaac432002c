namespace Vigil.Detection.Injection.Sql;

/// <summary>The words the parser branches on. Everything else is an identifier or a function name.</summary>
internal enum SqlKeyword : byte
{
    None,

    // Expressions
    And, Or, Xor, Not, Is, Null, True, False, Unknown, Like, Rlike, Regexp, Similar, Glob, Match, Sounds, In,
    Between, Escape, Collate, Binary, Div, Mod, Case, When, Then, Else, End, Exists, Interval, Distinct, All,
    Any, Some, As, CurrentUser,

    // Queries
    Select, From, Where, Union, Except, Intersect, Minus, Order, Group, By, Having, Limit, Offset, Asc, Desc,
    Procedure, Into, Outfile, Dumpfile, For, Update, Share, Lock, With, Rollup, Join, Inner, Left, Right, Full,
    Outer, Cross, Natural, StraightJoin, On, Using, Top, Percent, Fetch, First, Next, Rows, Row, Only,
    Separator, Dual, Window,

    // Statements
    Insert, Replace, Values, Value, Set, Delete, Drop, Table, Database, Schema, View, User, Index, Truncate,
    Alter, Create, Exec, Execute, Immediate, Declare, Cursor, Waitfor, Delay, Time, Shutdown, Nowait, If,
    Begin, Transaction, Call, Do, Grant, Revoke, Copy, Program, Load, Data, Infile, Show, Use, Print,
    Reconfigure, Kill, Open, Close, Deallocate, Output, Function, Trigger, Login, Role, Sequence, Temporary,
    Cascade, Names, Returns, Language, Handler, Describe, Explain, Pragma, Attach, Vacuum, While,
}

/// <summary>What a word can be, besides its keyword identity.</summary>
[Flags]
internal enum SqlWordTraits : byte
{
    None = 0,

    /// <summary>Reserved: cannot stand alone as a column name.</summary>
    Reserved = 1,

    /// <summary>Reserved, yet also the name of a function when followed by <c>(</c> (MySQL <c>IF(</c>, <c>LEFT(</c>).</summary>
    Callable = 2,

    /// <summary>A built-in function of some dialect.</summary>
    Function = 4,

    /// <summary>Delays execution: the basis of time-based blind injection.</summary>
    Time = 8,

    /// <summary>Reads or writes files or reaches the network from the database server.</summary>
    File = 16,

    /// <summary>Raises an error that carries data back in its message (error-based extraction).</summary>
    Error = 32,

    /// <summary>Runs operating-system commands or arbitrary procedures.</summary>
    Exec = 64,

    /// <summary>Reveals the server: version, current user, database name.</summary>
    Info = 128,
}
