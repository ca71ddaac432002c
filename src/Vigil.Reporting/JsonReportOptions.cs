namespace Vigil.Reporting;

/// <summary>Shape switches for <see cref="JsonReportRenderer"/>.</summary>
public sealed record JsonReportOptions
{
    /// <summary>Adds <c>"summary": {...}</c> after the findings. Off when a command promises an exact shape.</summary>
    public bool IncludeSummary { get; init; } = true;

    public bool Indented { get; init; } = true;

    /// <summary>
    /// Findings are places in source code (<c>vigil scan</c>): each carries its rule's <c>cwe</c> and <c>howToFix</c>, and a
    /// line is never written as an event number.
    /// </summary>
    public bool SourceFindings { get; init; }

    /// <summary>The name a finding's <see cref="Vigil.Core.Findings.Finding.Location"/> is written under; <c>vigil audit</c> promises <c>pointer</c>.</summary>
    public string LocationName { get; init; } = "location";

    /// <summary>
    /// Names a finding without an event id by its source line (<c>vigil inspect</c>: the capture file's line). Off for
    /// engines whose findings are places in a document, not events.
    /// </summary>
    public bool LineAsEventId { get; init; } = true;
}
