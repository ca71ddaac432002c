using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// A masked exchange ready for the wire. A JSON body that is valid UTF-8 travels as its (masked) bytes beside the
/// exchange, whose <c>Body</c> is then null: it is written into the batch as is, never decoded to a string and
/// re-encoded. Other bodies are in the exchange as text.
/// </summary>
internal sealed class PreparedEvent
{
    public required CapturedExchange Exchange { get; init; }

    public ReadOnlyMemory<byte>? RequestBody { get; init; }

    public ReadOnlyMemory<byte>? ResponseBody { get; init; }
}
