namespace Vigil.Masking.Bodies;

/// <summary>Reads the parts of a Content-Type header that masking needs: the body kind and a multipart boundary.</summary>
internal static class MediaType
{
    public static BodyKind Classify(string? contentType, string body)
    {
        if (IsJson(contentType))
        {
            return BodyKind.Json;
        }

        var type = Essence(contentType);

        if (type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Form;
        }

        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && Boundary(contentType) is not null)
        {
            return BodyKind.Multipart;
        }

        // Missing and mislabelled types are common (text/plain JSON from curl, XML that is really JSON); a body that
        // opens like JSON gets the JSON walk, which falls back to text masking itself if it is not JSON after all.
        var first = body.AsSpan().TrimStart();
        return first.Length > 0 && first[0] is '{' or '[' ? BodyKind.Json : BodyKind.Text;
    }

    /// <summary>JSON by its declared type (<c>application/json</c>, <c>*+json</c>, <c>text/json</c>...), whatever the body holds.</summary>
    public static bool IsJson(string? contentType) => Essence(contentType).Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>boundary</c> parameter, unquoted; null when absent.</summary>
    public static string? Boundary(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var span = contentType.AsSpan();
        foreach (var range in span.Split(';'))
        {
            var parameter = span[range].Trim();
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                var value = parameter["boundary=".Length..].Trim().Trim('"');
                return value.IsEmpty ? null : value.ToString();
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Essence(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return default;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType.AsSpan() : contentType.AsSpan(0, semicolon)).Trim();
    }
}
