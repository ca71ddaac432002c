namespace Vigil.Masking.Json;

/// <summary>Where the JSON walk is: how far it parsed and what the next value means.</summary>
internal struct JsonWalkState
{
    /// <summary>Bytes fully parsed; the tail starts here.</summary>
    public long Parsed;

    /// <summary>
    /// Whether a value pattern may occur anywhere in the body (<see cref="Patterns.ValuePatterns.MayMatch"/>). When
    /// not, an unescaped string (a part of the body) needs text masking only if it holds a key/value separator.
    /// </summary>
    public bool PatternsPossible;

    public long LastTokenStart;

    /// <summary>The last token was a sensitive name, so the next value is masked whatever it is.</summary>
    public bool PendingSensitive;

    /// <summary>Depth of the object or array being skipped under a sensitive name; -1 when none.</summary>
    public int SensitiveDepth;

    public long SensitiveStart;

    public NameValuePairs.Role Role;

    public NameValuePairs Pairs;
}
