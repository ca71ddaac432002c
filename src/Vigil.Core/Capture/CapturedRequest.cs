namespace Vigil.Core.Capture;

public sealed class CapturedRequest
{
    public string Method { get; set; } = null!;

    /// <summary><c>http</c> or <c>https</c>.</summary>
    public string Scheme { get; set; } = null!;

    /// <summary>Host header value, including a port when one was sent.</summary>
    public string Host { get; set; } = null!;

    /// <summary>Path as received (percent-encoding kept), always starting with <c>/</c>.</summary>
    public string Path { get; set; } = null!;

    /// <summary>Raw query string without the leading <c>?</c>; empty when there is none.</summary>
    public string Query { get; set; } = "";

    /// <summary>Route template from the matched endpoint, e.g. <c>/orders/{id:int}</c>; null when unknown.</summary>
    public string? Route { get; set; }

    /// <summary>e.g. <c>HTTP/1.1</c>, <c>HTTP/2</c>.</summary>
    public string Protocol { get; set; } = null!;

    public string ClientIp { get; set; } = null!;

    public HeaderMap Headers { get; set; } = new();

    /// <summary>Text body (JSON, form, text), capped by the SDK; null when not captured.</summary>
    public string? Body { get; set; }

    /// <summary>True when <see cref="Body"/> holds only the first part of the body.</summary>
    public bool BodyTruncated { get; set; }

    /// <summary>Body size in bytes as received, when known.</summary>
    public long? Size { get; set; }

    public CapturedUser? User { get; set; }

    /// <summary>
    /// Facts about the <c>Authorization</c> header (scheme, JWT algorithm and times), taken before masking; null when
    /// the request had no such header or the sender does not extract them. Wire name <c>auth</c>; see <see cref="CapturedAuth"/>.
    /// </summary>
    public CapturedAuth? Auth { get; set; }
}
