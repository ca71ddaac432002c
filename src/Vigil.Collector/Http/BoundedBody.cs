using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Vigil.Protocol.Validation;

namespace Vigil.Collector.Http;

/// <summary>Reads a small request body as text or JSON, refusing it past a bound instead of buffering whatever is sent.</summary>
internal static class BoundedBody
{
    /// <returns>The text, or null when it is longer than <paramref name="maxChars"/>.</returns>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[Math.Min(maxChars + 1, 64 * 1024)];
        var text = new StringBuilder();
        int n;
        while ((n = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (text.Length + n > maxChars)
            {
                return null;
            }

            text.Append(buffer, 0, n);
        }

        return text.ToString();
    }

    /// <returns>The value, or the 400/413 answer to send instead.</returns>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, int maxChars, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var text = await ReadTextAsync(request, maxChars, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            return (null, Problems.TooLarge($"This body is at most {maxChars} characters"));
        }

        try
        {
            var value = JsonSerializer.Deserialize(text, type);
            return value is null ? (null, Problems.BadRequest([new ProtocolError("body", "must be a JSON object")])) : (value, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Problems.BadRequest([new ProtocolError(path, $"is not valid JSON or has the wrong type{where}")]));
        }
    }
}
