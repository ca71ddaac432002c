using Vigil.AspNetCore.Capture;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// What the request path hands to the shipper: the exchange with raw body bytes beside it. Decoding the bytes,
/// masking and serializing are deliberately left to the background shipper, off the request path.
/// </summary>
internal sealed class QueuedExchange
{
    public required CapturedExchange Exchange { get; init; }

    /// <summary>Request headers as taken on the request path; the shipper adds them to <c>Exchange.Request.Headers</c>.</summary>
    public HeaderSnapshot RequestHeaders { get; init; }

    /// <summary>Response headers as taken on the request path; the shipper adds them to <c>Exchange.Response.Headers</c>.</summary>
    public HeaderSnapshot ResponseHeaders { get; init; }

    public byte[]? RequestBody { get; init; }

    public string? RequestContentType { get; init; }

    public byte[]? ResponseBody { get; init; }

    public string? ResponseContentType { get; init; }

    /// <summary>Rough memory held by this event, charged against MaxQueueBytes until its batch is done.</summary>
    public long ApproximateBytes { get; init; }
}
