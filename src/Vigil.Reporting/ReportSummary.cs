using Vigil.Core.Findings;

namespace Vigil.Reporting;

/// <summary>Finding counts by threat, and the highest threat (what a CI gate or an exit code looks at).</summary>
public sealed record ReportSummary(int Total, int High, int Medium, int Low, int None)
{
    public ThreatLevel Highest =>
        High > 0 ? ThreatLevel.High : Medium > 0 ? ThreatLevel.Medium : Low > 0 ? ThreatLevel.Low : ThreatLevel.None;

    public int Count(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => High,
        ThreatLevel.Medium => Medium,
        ThreatLevel.Low => Low,
        _ => None,
    };

    public static ReportSummary Of(IEnumerable<Finding> findings)
    {
        int high = 0, medium = 0, low = 0, none = 0;
        foreach (var f in findings)
        {
            switch (f.Threat)
            {
                case ThreatLevel.High: high++; break;
                case ThreatLevel.Medium: medium++; break;
                case ThreatLevel.Low: low++; break;
                default: none++; break;
            }
        }

        return new(high + medium + low + none, high, medium, low, none);
    }
}
