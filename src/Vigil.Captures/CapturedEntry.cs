using Vigil.Core.Capture;

namespace Vigil.Captures;

/// <summary>One exchange read from a capture file. <paramref name="Number"/> is the 1-based line (JSON lines) or entry (HAR) it came from.</summary>
public sealed record CapturedEntry(int Number, CapturedExchange Exchange);
