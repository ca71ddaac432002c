using Vigil.Core.Capture;

namespace Vigil.Masking;

/// <summary>
/// Masks secrets and personal data in a captured exchange, in place. Thread-safe after construction.
/// PLACEHOLDER API SURFACE: the implementation lands in the masking change.
/// </summary>
public sealed class Masker
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Redacted = "****";

    public Masker(MaskingOptions? options = null)
    {
        _ = options;
    }

    public static Masker Default { get; } = new();

    public void MaskExchange(CapturedExchange exchange) => _ = exchange;

    public bool IsSensitiveName(string name) => false;

    public string MaskHeader(string name, string value) => value;

    public string MaskQuery(string query) => query;

    public string MaskBody(string body, string? contentType) => body;

    public string MaskText(string text) => text;
}
