using Vigil.Captures.Internal;

namespace Vigil.Captures;

/// <summary>
/// A line or entry that could not be read, and was skipped. <paramref name="Number"/> is its 1-based line (JSON lines) or
/// entry (HAR) number, or 0 when the problem concerns the whole file.
/// </summary>
public sealed record CaptureError(int Number, string Message)
{
    /// <summary>The field at fault, in protocol spelling (<c>request.method</c>), when one is.</summary>
    public string? Field { get; init; }

    public CaptureFormat Format { get; init; }

    /// <summary><c>line 3: request.method is required</c> — what the CLI prints.</summary>
    public override string ToString() => CaptureText.Describe(Format, Number, Field, Message);
}
