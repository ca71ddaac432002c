namespace Vigil.Masking;

/// <summary>
/// What to mask beyond the built-in defaults. Bindable from configuration (section <c>Vigil:Masking</c> in the SDK).
/// Names are compared case- and format-insensitively: <c>api_key</c>, <c>Api-Key</c> and <c>apiKey</c> are one name.
/// </summary>
public sealed class MaskingOptions
{
    /// <summary>Extra field, header, query or form names whose values are always masked.</summary>
    public List<string> AdditionalNames { get; set; } = [];

    /// <summary>Built-in names to stop masking (e.g. <c>pin</c> when it means something harmless in your API).</summary>
    public List<string> RemovedNames { get; set; } = [];

    /// <summary>Mask values that look like secrets wherever they appear: Luhn-valid card numbers, JWTs, bearer tokens, private keys.</summary>
    public bool MaskValuePatterns { get; set; } = true;
}
