namespace Vigil.Core.Capture;

public sealed class CapturedResponse
{
    public int Status { get; set; }

    public HeaderMap Headers { get; set; } = new();

    /// <summary>Text body (JSON, form, text), capped by the SDK; null when not captured.</summary>
    public string? Body { get; set; }

    public bool BodyTruncated { get; set; }

    /// <summary>Bytes written to the client, when known.</summary>
    public long? Size { get; set; }
}
