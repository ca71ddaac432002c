using System.Text;
using Vigil.Protocol;

namespace Vigil.Captures.Har;

/// <summary>
/// Bodies as the SDK would have captured them: text only, capped at the protocol's limit with the truncation flag set.
/// Browsers store binary responses (images, fonts) as base64; those stay out, they carry nothing the rules read.
/// </summary>
internal static class HarBody
{
    public static (string? Text, bool Truncated) Decode(string? text, string? encoding, string? mimeType)
    {
        if (text is null)
        {
            return (null, false);
        }

        var isText = IsText(mimeType);
        if (string.Equals(encoding, "base64", StringComparison.OrdinalIgnoreCase))
        {
            if (!isText)
            {
                return (null, false);
            }

            try
            {
                return Cap(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
            }
            catch (FormatException)
            {
                return (null, false);
            }
        }

        // Without a type, plain (not base64) content is what the browser could show as text.
        return isText || string.IsNullOrWhiteSpace(mimeType) ? Cap(text) : (null, false);
    }

    public static (string? Text, bool Truncated) Cap(string? text)
    {
        if (text is null || text.Length <= ProtocolLimits.MaxBodyChars)
        {
            return (text, false);
        }

        var length = ProtocolLimits.MaxBodyChars;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return (text[..length], true);
    }

    public static bool IsText(string? mimeType)
    {
        if (string.IsNullOrWhiteSpace(mimeType))
        {
            return false;
        }

        var semicolon = mimeType.IndexOf(';', StringComparison.Ordinal);
        var type = (semicolon < 0 ? mimeType : mimeType[..semicolon]).Trim().ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type.EndsWith("+json", StringComparison.Ordinal)
            || type.EndsWith("+xml", StringComparison.Ordinal)
            || type is "application/json" or "application/xml" or "application/javascript" or "application/ecmascript"
                or "application/x-javascript" or "application/x-www-form-urlencoded" or "application/graphql"
                or "application/x-ndjson" or "application/jsonl" or "application/yaml" or "application/x-yaml";
    }
}
