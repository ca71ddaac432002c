using Vigil.Core.Findings;

namespace Vigil.Dashboard.Model;

/// <summary>One threat colour scale for badges and charts: grey, amber, orange, red (dark on light, WCAG AA for text).</summary>
public static class ThreatStyle
{
    public static string Css(ThreatLevel level) => level switch
    {
        ThreatLevel.High => "threat-high",
        ThreatLevel.Medium => "threat-medium",
        ThreatLevel.Low => "threat-low",
        _ => "threat-none",
    };

    public static string Colour(ThreatLevel level) => level switch
    {
        ThreatLevel.High => "#c92a2a",
        ThreatLevel.Medium => "#e8590c",
        ThreatLevel.Low => "#d29d0c",
        _ => "#868e96",
    };

    public static string Label(ThreatLevel level) => level == ThreatLevel.None ? "none" : level.ToString().ToLowerInvariant();
}
