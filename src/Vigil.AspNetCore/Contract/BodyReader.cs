using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Vigil.AspNetCore.Contract;

/// <summary>
/// Reads a request body for the contract check, with or without Content-Length (chunked HTTP/1.1, HTTP/2 and 3
/// bodies have none), up to a limit; the body is buffered so the handler reads it again from the start.
/// </summary>
internal static class BodyReader
{
    /// <returns>The text, or null with <paramref name="tooLarge"/> set when the body exceeds <paramref name="limit"/>.</returns>
    public static async Task<(string? Text, bool TooLarge)> ReadAsync(HttpRequest http, int limit)
    {
        if (http.ContentLength is { } declared && declared > limit)
        {
            return (null, true);
        }

        http.EnableBuffering(limit);
        var buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            var read = 0;
            int n;
            while (read <= limit && (n = await http.Body.ReadAsync(buffer.AsMemory(read, limit + 1 - read), http.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                read += n;
            }

            return read > limit ? (null, true) : (Encoding.UTF8.GetString(buffer, 0, read), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            http.Body.Position = 0;
        }
    }
}
