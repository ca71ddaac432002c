namespace Vigil.Core.Findings;

/// <summary>
/// One thing a rule, detector, check or analyzer found. Evidence is always masked: a finding says
/// where and what kind, never the secret or personal value itself.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required ThreatLevel Threat { get; init; }

    /// <summary>The captured event the finding was raised on, when it came from traffic.</summary>
    public Guid? EventId { get; init; }

    /// <summary>Endpoint key such as <c>GET /orders/{id}</c>, when known.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Where in the input: <c>query.q</c>, <c>request.body/items/0/name</c>, a file:line, a JSON pointer.</summary>
    public string? Location { get; init; }

    /// <summary>Masked, bounded evidence a person can act on.</summary>
    public string? Evidence { get; init; }

    /// <summary>A sentence about this occurrence, beyond the rule's title.</summary>
    public string? Message { get; init; }

    /// <summary>Where in a file (source code, an OpenAPI document, a capture file), when the finding has a place in one.</summary>
    public SourceLocation? Source { get; init; }

    public DateTimeOffset Timestamp { get; init; }
}
