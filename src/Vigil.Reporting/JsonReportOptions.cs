namespace Vigil.Reporting;

/// <summary>Shape switches for <see cref="JsonReportRenderer"/>.</summary>
public sealed record JsonReportOptions
{
    /// <summary>Adds <c>"summary": {...}</c> after the findings. Off when a command promises an exact shape.</summary>
    public bool IncludeSummary { get; init; } = true;

    public bool Indented { get; init; } = true;

    /// <summary>The name a finding's <see cref="Vigil.Core.Findings.Finding.Location"/> is written under; <c>vigil audit</c> promises <c>pointer</c>.</summary>
    public string LocationName { get; init; } = "location";
}
