namespace Vigil.Core.Findings;

/// <summary>How bad a finding is. An event's threat is the highest of its findings' threats.</summary>
public enum ThreatLevel
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
