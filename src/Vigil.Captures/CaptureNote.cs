using Vigil.Captures.Internal;

namespace Vigil.Captures;

/// <summary>
/// An entry that was read fine but deliberately not turned into an exchange, e.g. a <c>data:</c> URL or a request the
/// browser never got an answer to. Not an error: browsers put such entries in every HAR.
/// </summary>
public sealed record CaptureNote(int Number, string Message)
{
    public CaptureFormat Format { get; init; }

    public override string ToString() => CaptureText.Describe(Format, Number, null, Message);
}
