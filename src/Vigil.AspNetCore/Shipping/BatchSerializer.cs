using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Writes a batch as gzip-compressed JSON with <see cref="EventWriter"/>, streaming through one
/// reused buffer (the shipper is the only caller) into one reused output that is let go of if a rare huge batch
/// made it grow.
/// </summary>
internal sealed class BatchSerializer : IDisposable
{
    private const int KeepCapacity = 4 * 1024 * 1024;

    // The batch is read by a JSON parser, never embedded in HTML, so non-ASCII text and quotes need not be
    // \u-escaped: smaller and faster to write.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly StreamBufferWriter _chunks = new();
    private readonly Utf8JsonWriter _writer;
    private MemoryStream _output = new();

    public BatchSerializer() => _writer = new Utf8JsonWriter(_chunks, WriterOptions);

    /// <summary>
    /// The compressed batch; valid until the next call. <paramref name="jsonBytes"/> is its size before
    /// compression, which the collector limits separately.
    /// </summary>
    public ReadOnlyMemory<byte> Serialize(List<PreparedEvent> events, out long jsonBytes)
    {
        if (_output.Capacity > KeepCapacity)
        {
            _output = new MemoryStream();
        }

        _output.SetLength(0);
        using (var gzip = new GZipStream(_output, CompressionLevel.Fastest, leaveOpen: true))
        {
            _chunks.Reset(gzip);
            _writer.Reset(_chunks);
            _writer.WriteStartObject();
            _writer.WriteStartArray(EventNames.Events);
            foreach (var e in events)
            {
                EventWriter.Write(_writer, e);
            }

            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.Flush();
            jsonBytes = _chunks.BytesWritten;
        }

        return _output.GetBuffer().AsMemory(0, (int)_output.Length);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _chunks.Dispose();
    }
}
