using Vigil.Core.Capture;

namespace Vigil.Simulation;

/// <summary>One simulated request with its ground truth: the scenario that sent it, or null for benign traffic.</summary>
public sealed record SimulatedExchange(CapturedExchange Exchange, string? Scenario);
