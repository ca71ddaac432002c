namespace Vigil.Detection.Injection.Sql;

/// <summary>How the value left the host's string literal and how it hands the rest of the query back.</summary>
internal readonly record struct SqlBreakout(
    bool Present,
    bool TokenLike,
    bool EndsInComment,
    bool ShortComment,
    bool EndsInHostString,
    bool HostStringTokenLike)
{
    /// <summary>
    /// The host query still parses after the value: the trailing host quote is swallowed by a comment or
    /// closes a literal the value re-opened. Prose that merely contains a quote almost never manages this.
    /// </summary>
    public bool WellTerminated => EndsInComment || EndsInHostString;

    /// <summary>Both literal fragments around the injected SQL are single tokens, as injected fragments are.</summary>
    public bool Compact => TokenLike && (!EndsInHostString || HostStringTokenLike);
}
