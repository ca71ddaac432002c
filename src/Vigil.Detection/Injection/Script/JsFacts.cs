namespace Vigil.Detection.Injection.Script;

/// <summary>What a script fragment does, as far as a token-level reading can tell.</summary>
[Flags]
internal enum JsFacts : ushort
{
    None = 0,

    /// <summary>Some call: <c>f(</c>, <c>)(</c>, <c>](</c> or a tagged template.</summary>
    Call = 1,

    /// <summary>A call to a sink such as <c>alert(</c>, <c>eval(</c>, <c>document.write(</c>.</summary>
    SinkCall = 2,

    /// <summary>A sink named as a value (<c>find(alert)</c>).</summary>
    SinkReference = 4,

    /// <summary><c>document.cookie</c>, <c>.innerHTML</c>, <c>location</c>, <c>constructor</c> …</summary>
    DangerousMember = 8,

    Assignment = 16,

    /// <summary>A call through an index on a global (<c>top['al'+'ert'](1)</c>).</summary>
    GlobalIndexCall = 32,

    /// <summary>Closed a bracket the host script had open (<c>'}alert(1);{'</c>).</summary>
    HostBracket = 64,

    /// <summary>More than one statement.</summary>
    Statements = 128,

    /// <summary>A keyword such as <c>return</c>, <c>var</c>, <c>function</c>.</summary>
    Keyword = 256,

    /// <summary>Uses <c>this.</c> (server-side JavaScript in a database query).</summary>
    ThisMember = 512,

    /// <summary>Compares with <c>==</c>, <c>===</c>, <c>!=</c> …</summary>
    Equality = 1024,
}
