using System.IO.Compression;
using System.Text.Json;

namespace Vigil.Protocol.Validation;

/// <summary>
/// Turns the bytes of an ingest request into a validated batch, enforcing the byte limits while streaming
/// (a gzip bomb is cut off at <see cref="ProtocolLimits.MaxDecompressedBytes"/>, never inflated in memory).
/// </summary>
public sealed class IngestBatchReader(IngestBatchValidator validator)
{
    public async Task<IngestReadResult> ReadAsync(Stream body, string? contentEncoding, CancellationToken cancellationToken)
    {
        var gzip = false;
        if (!string.IsNullOrWhiteSpace(contentEncoding))
        {
            var encoding = contentEncoding.Trim();
            if (encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = true;
            }
            else if (!encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                return IngestReadResult.Fail(IngestReadStatus.UnsupportedEncoding, "Content-Encoding", "only gzip and identity are supported");
            }
        }

        var wire = new LengthLimitedStream(body, ProtocolLimits.MaxRequestBytes);
        LengthLimitedStream? inflated = null;
        GZipStream? unzip = null;
        try
        {
            IngestBatch? batch;
            Stream source = wire;
            if (gzip)
            {
                unzip = new GZipStream(wire, CompressionMode.Decompress, leaveOpen: true);
                source = inflated = new LengthLimitedStream(unzip, ProtocolLimits.MaxDecompressedBytes);
            }

            // Whole body first, then one synchronous parse. The events list has its own converter, so the streaming
            // reader buffered the whole array anyway, re-scanning it each time its buffer grew; in memory the parse
            // is one pass (the limits above still bound what is held).
            using (var json = await PooledBody.ReadAsync(source, cancellationToken).ConfigureAwait(false))
            {
                batch = JsonSerializer.Deserialize(json.Json, ProtocolJson.Batch);
            }

            var errors = validator.Validate(batch);
            return errors.Count == 0
                ? new IngestReadResult(IngestReadStatus.Ok, batch, [])
                : new IngestReadResult(IngestReadStatus.Invalid, null, errors);
        }
        catch (PayloadTooLargeException)
        {
            return inflated?.LimitExceeded == true
                ? IngestReadResult.Fail(IngestReadStatus.TooLarge, "body", $"decompressed batch exceeds {ProtocolLimits.MaxDecompressedBytes} bytes")
                : IngestReadResult.Fail(IngestReadStatus.TooLarge, "body", $"request body exceeds {ProtocolLimits.MaxRequestBytes} bytes");
        }
        catch (JsonException ex) when (MissingRequired(ex) is { } missing)
        {
            var at = FieldOf(ex.Path);
            return IngestReadResult.Fail(IngestReadStatus.Invalid, at == "body" ? missing : $"{at}.{missing}", "is required (milliseconds the request took, e.g. 12.5)");
        }
        catch (JsonException ex)
        {
            return IngestReadResult.Fail(IngestReadStatus.Invalid, FieldOf(ex.Path), Describe(ex));
        }
        catch (InvalidDataException)
        {
            return IngestReadResult.Fail(IngestReadStatus.Invalid, "body", "Content-Encoding is gzip but the body is not valid gzip data");
        }
        finally
        {
            if (unzip is not null)
            {
                await unzip.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // "$.events[2].response.status" -> "events[2].response.status"
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    // The serializer names the CLR type in this message; senders need the wire field instead.
    private static string? MissingRequired(JsonException ex) =>
        ex.Message.Contains("missing required properties", StringComparison.Ordinal) && ex.Message.Contains("'durationMs'", StringComparison.Ordinal)
            ? "durationMs"
            : null;

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
        // Our own converters throw with a message meant for the sender; the serializer's messages name CLR types.
        var ours = ex.Message is { Length: > 0 } m && !m.Contains("Path:", StringComparison.Ordinal) && !m.Contains("System.", StringComparison.Ordinal);
        var what = ours ? ex.Message : "is malformed JSON or has the wrong type";
        return what + where;
    }
}
