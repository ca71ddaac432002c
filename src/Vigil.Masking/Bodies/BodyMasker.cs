using Vigil.Masking.Forms;
using Vigil.Masking.Json;
using Vigil.Masking.Text;

namespace Vigil.Masking.Bodies;

/// <summary>Routes a body to the masker for its kind.</summary>
internal sealed class BodyMasker(JsonBodyMasker json, FormMasker form, MultipartMasker multipart, TextMasker text)
{
    public string Mask(string body, string? contentType) => Mask(body, contentType, allowMultipart: true);

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
