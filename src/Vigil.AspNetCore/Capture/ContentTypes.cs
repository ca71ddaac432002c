namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Which bodies are worth keeping: text a detector can read (JSON, XML, forms — multipart too —, text). Images, archives and other
/// binary bodies are only measured. Allocation-free because it runs on every captured request.
/// </summary>
internal static class ContentTypes
{
    public static bool IsTextLike(string? contentType)
    {
        var media = MediaType(contentType);
        if (media.IsEmpty)
        {
            return false;
        }

        if (media.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            // An event stream never ends on its own; buffering it would hold the capture open for the connection's life.
            return !media.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase);
        }

        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
            // Form binders read multipart fields as readily as urlencoded ones; file parts cost at most the body cap.
            || media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && (media.EndsWith("+json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The <c>type/subtype</c> part, without parameters such as <c>charset</c>.</summary>
    public static ReadOnlySpan<char> MediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return default;
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        return (semicolon >= 0 ? span[..semicolon] : span).Trim();
    }
}
