using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Writes a batch as gzip-compressed JSON with the protocol's source-generated serializer, reusing one buffer
/// (the shipper is the only caller) and letting go of it when one unusually large batch made it grow.
/// </summary>
internal sealed class BatchSerializer
{
    private const int KeepCapacity = 4 * 1024 * 1024;

    // The batch is read by a JSON parser, never embedded in HTML, so non-ASCII text need not be \u-escaped (it is smaller).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private MemoryStream _buffer = new();

    /// <summary>
    /// The compressed batch; valid until the next call. <paramref name="jsonBytes"/> is its size before
    /// compression, which the collector limits separately.
    /// </summary>
    public ReadOnlyMemory<byte> Serialize(List<CapturedExchange> events, out long jsonBytes)
    {
        if (_buffer.Capacity > KeepCapacity)
        {
            _buffer = new MemoryStream();
        }

        _buffer.SetLength(0);
        using (var gzip = new GZipStream(_buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(gzip, WriterOptions))
        {
            JsonSerializer.Serialize(writer, new IngestBatch { Events = events }, ProtocolJsonContext.Default.IngestBatch);
            writer.Flush();
            jsonBytes = writer.BytesCommitted;
        }

        return _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);
    }
}
