namespace Vigil.Audit.Rulesets;

/// <summary>What a ruleset pattern rule looks at; the names are what a ruleset file writes under <c>target</c>.</summary>
public enum PatternTarget
{
    /// <summary>Each key under <c>paths</c>, e.g. <c>/orders/{id}</c>.</summary>
    Path,

    /// <summary>Each operation's <c>operationId</c>.</summary>
    OperationId,

    /// <summary>Each parameter's name.</summary>
    Parameter,

    /// <summary>Each schema property's name.</summary>
    Property,

    /// <summary>Each server URL.</summary>
    Server,
}
