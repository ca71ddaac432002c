using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>The one spelling of each threat level in every output; JSON consumers match on these.</summary>
internal static class ThreatNames
{
    public static string Lower(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => "high",
        ThreatLevel.Medium => "medium",
        ThreatLevel.Low => "low",
        _ => "none",
    };

    public static string Title(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => "High",
        ThreatLevel.Medium => "Medium",
        ThreatLevel.Low => "Low",
        _ => "None",
    };

    /// <summary>Highest first: the order people read a report in.</summary>
    public static IReadOnlyList<ThreatLevel> Descending { get; } = [ThreatLevel.High, ThreatLevel.Medium, ThreatLevel.Low, ThreatLevel.None];
}
