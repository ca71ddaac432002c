namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// The second layer of percent-decoding (<c>%252e</c> → <c>%2e</c> → <c>.</c>, <c>%%32%65</c> → <c>%2e</c> → <c>.</c>).
/// Applications that decode twice exist, so payloads are encoded twice to slip past a filter that decodes once.
/// Only percent escapes count in the second layer: a literal <c>+</c> left by the first layer is real text.
/// </summary>
internal static class DoubleUrlDecoder
{
    /// <summary>Decodes a value that has already been URL-decoded once.</summary>
    public static (string Decoded, bool Changed) Decode(string onceDecoded) => UrlDecoder.Decode(onceDecoded, plusAsSpace: false);
}
