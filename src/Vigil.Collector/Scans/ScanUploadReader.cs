using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Protocol.Validation;

namespace Vigil.Collector.Scans;

/// <summary>
/// Reads a <c>POST /v1/scans</c> body (JSON, optionally gzip) within <see cref="MaxBytes"/> on the wire and after
/// inflation, then validates it: a scan, or the problem answer (400 with every error, 413, 415).
/// </summary>
internal static class ScanUploadReader
{
    public const int MaxBytes = 16 * 1024 * 1024;

    public static async Task<(ScanDocument? Scan, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.UnsupportedEncoding("Only gzip and identity are supported."));
        }

        var wire = await CopyBoundedAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (wire is null)
        {
            return (null, TooLarge("request body"));
        }

        MemoryStream? json = wire;
        if (gzip)
        {
            try
            {
                await using var unzip = new GZipStream(wire, CompressionMode.Decompress);
                json = await CopyBoundedAsync(unzip, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                return (null, Problems.BadRequest([new ProtocolError("body", "Content-Encoding is gzip but the body is not valid gzip data")]));
            }

            if (json is null)
            {
                return (null, TooLarge("decompressed scan"));
            }
        }

        ScanDocument? scan;
        try
        {
            scan = JsonSerializer.Deserialize(json.GetBuffer().AsSpan(0, (int)json.Length), ScanJsonContext.Default.ScanDocument);
        }
        catch (TooManyEntriesException ex)
        {
            return (null, Problems.BadRequest([new ProtocolError(ex.Path?.TrimStart('$').TrimStart('.') ?? "body", ex.Message)]));
        }
        catch (JsonException ex)
        {
            var field = ex.Path is null or "$" ? "body" : ex.Path.TrimStart('$').TrimStart('.');
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            return (null, Problems.BadRequest([new ProtocolError(field, "is malformed JSON or has the wrong type" + where)]));
        }

        var errors = ScanValidator.Validate(scan);
        return errors.Count == 0 ? (scan, null) : (null, Problems.BadRequest(errors));
    }

    private static IResult TooLarge(string what) => Problems.TooLarge($"The {what} is larger than {MaxBytes / (1024 * 1024)} MB");

    // Null once more than MaxBytes were read: the rest is never buffered, so a gzip bomb costs at most MaxBytes.
    private static async Task<MemoryStream?> CopyBoundedAsync(Stream source, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
