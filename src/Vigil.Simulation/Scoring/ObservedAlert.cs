namespace Vigil.Simulation.Scoring;

/// <summary>An alert as scoring needs it, whichever engine raised it: detector id, subject, endpoint and when it opened.</summary>
public sealed record ObservedAlert(string RuleId, string Subject, string? Endpoint, DateTimeOffset OpenedAt);
