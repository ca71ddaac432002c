using Vigil.Masking;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Turns one captured body into what is shipped, masked. A JSON body in UTF-8 (the common case) is masked on its
/// bytes and, when nothing needed masking, shipped as the very bytes captured; anything else is decoded to text in
/// its charset and masked as text. Measured on the 1 KB order: decoding both bodies to strings cost ~0.5 µs and
/// 4 KB of garbage per event before masking even started.
/// </summary>
internal static class BodyPreparer
{
    /// <summary>Either UTF-8 bytes to ship or text to put in the exchange; never both.</summary>
    public static (ReadOnlyMemory<byte>? Utf8, string? Text) Prepare(Masker masker, byte[] captured, string? contentType, bool truncated)
    {
        if (BodyDecoder.IsUtf8(contentType))
        {
            var whole = truncated ? WithoutPartialCharacter(captured) : captured.AsMemory();
            if (masker.TryMaskJsonBody(whole.Span, contentType, out var masked))
            {
                var utf8 = masked is null ? whole : masked.AsMemory();
                // Masking can lengthen a body (1 → "****"); past the protocol's limit it goes as text, which the clamp cuts.
                return utf8.Length <= ProtocolLimits.MaxBodyChars ? (utf8, null) : (null, System.Text.Encoding.UTF8.GetString(utf8.Span));
            }
        }

        return (null, masker.MaskBody(BodyDecoder.Decode(captured, contentType, truncated), contentType));
    }

    /// <summary>
    /// A body cut at the capture cap may end inside a character; the text path drops that partial character, so the
    /// byte path does too. Only a structurally incomplete tail is cut here: invalid bytes are left for the UTF-8
    /// check, which sends the body down the text path.
    /// </summary>
    internal static ReadOnlyMemory<byte> WithoutPartialCharacter(byte[] bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? bytes.AsMemory(0, bytes.Length - back) : bytes;
        }

        return bytes;
    }
}
