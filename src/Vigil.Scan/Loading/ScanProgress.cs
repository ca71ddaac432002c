namespace Vigil.Scan.Loading;

/// <summary>How far a scan is: a stage name and a count out of a total, for a progress line on stderr.</summary>
public readonly record struct ScanProgress(string Stage, int Done, int Total);
