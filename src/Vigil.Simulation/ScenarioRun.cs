namespace Vigil.Simulation;

/// <summary>
/// Ground truth of one attack in a simulation: when it ran, who it came from (the client identity or <c>*</c> for an
/// endpoint-wide attack) and which detectors should catch it.
/// </summary>
public sealed record ScenarioRun(string Name, DateTimeOffset Start, DateTimeOffset End, string Description, IReadOnlyList<string> ExpectedRules);
