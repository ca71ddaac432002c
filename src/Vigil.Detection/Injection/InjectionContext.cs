namespace Vigil.Detection.Injection;

/// <summary>
/// Where the value was assumed to land when it was judged an attack: an injected value is a fragment that
/// starts inside some host syntax, and the detectors try each plausible one.
/// </summary>
public enum InjectionContext
{
    /// <summary>No verdict.</summary>
    None = 0,

    /// <summary>Taken as-is: an SQL operand or statement, HTML text, a shell argument, a path.</summary>
    Raw,

    /// <summary>Where a number goes, unquoted (<c>WHERE id=&lt;value&gt;</c>): the value opens with a numeric operand.</summary>
    Numeric,

    /// <summary>Inside a single-quoted literal ('…' in SQL, an HTML attribute or a script string).</summary>
    SingleQuoted,

    /// <summary>Inside a double-quoted literal.</summary>
    DoubleQuoted,

    /// <summary>Inside an unquoted HTML attribute value.</summary>
    UnquotedAttribute,

    /// <summary>Inside a script string, or executed as script (event handler, javascript: URL, eval sink).</summary>
    Script,

    /// <summary>Used as a URL (href, src, redirect target).</summary>
    Url,
}
