namespace Vigil.Captures;

/// <summary>Memory bounds for reading a capture file. The reader never holds more than about one line or entry at a time.</summary>
public sealed record CaptureReaderOptions
{
    /// <summary>
    /// Longest JSON line accepted. An event holds at most two 1 MB bodies plus headers, so 16 MB is generous;
    /// a longer line is reported and skipped without being buffered.
    /// </summary>
    public int MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Largest HAR entry parsed. Browsers inline whole responses (videos, bundles) as base64, so entries can be big;
    /// a larger entry is reported and skipped token by token.
    /// </summary>
    public int MaxEntryBytes { get; init; } = 64 * 1024 * 1024;
}
