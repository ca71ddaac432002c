namespace Vigil.Core.Findings;

/// <summary>A place in a file: path as the user gave it, 1-based line and column (0 when unknown).</summary>
public sealed record SourceLocation(string File, int Line, int Column = 0);
