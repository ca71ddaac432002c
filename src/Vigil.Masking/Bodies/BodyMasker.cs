using Vigil.Masking.Forms;
using Vigil.Masking.Json;
using Vigil.Masking.Text;

namespace Vigil.Masking.Bodies;

/// <summary>Routes a body to the masker for its kind.</summary>
internal sealed class BodyMasker(JsonBodyMasker json, FormMasker form, MultipartMasker multipart, TextMasker text)
{
    public string Mask(string body, string? contentType) => Mask(body, contentType, allowMultipart: true);

    /// <summary>
    /// A body declared JSON and already valid UTF-8, masked on its bytes; null when nothing changed. Any other body
    /// is classified (and perhaps sniffed) on its text: false, and the caller takes <see cref="Mask(string, string?)"/>.
    /// </summary>
    public bool TryMaskJsonUtf8(ReadOnlySpan<byte> body, string? contentType, out byte[]? masked)
    {
        masked = null;
        if (!MediaType.IsJson(contentType) || !System.Text.Unicode.Utf8.IsValid(body))
        {
            return false;
        }

        masked = body.IsEmpty ? null : json.MaskUtf8(body);
        return true;
    }

    private string Mask(string body, string? contentType, bool allowMultipart)
    {
        if (body.Length == 0)
        {
            return body;
        }

        return MediaType.Classify(contentType, body) switch
        {
            BodyKind.Json => json.Mask(body),
            BodyKind.Form => form.Mask(body) ?? body,
            BodyKind.Multipart when allowMultipart =>
                multipart.Mask(body, MediaType.Boundary(contentType)!, (part, type) => Mask(part, type, allowMultipart: false)),
            _ => text.Mask(body) ?? body,
        };
    }
}
