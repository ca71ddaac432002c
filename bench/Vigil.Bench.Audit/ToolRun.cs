namespace Vigil.Bench.Audit;

/// <summary>One tool over one set of files: wall time, peak resident memory, and which rules fired on which file.</summary>
internal sealed record ToolRun(string Name, int Files, double Seconds, double PeakMb, bool Completed, int ExitCode)
{
    /// <summary>Rule ids that fired, by absolute file path; empty when the tool's output is not read.</summary>
    public Dictionary<string, HashSet<string>> Results { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Summary { get; init; } = new(StringComparer.Ordinal);

    public string? Note { get; init; }
}
