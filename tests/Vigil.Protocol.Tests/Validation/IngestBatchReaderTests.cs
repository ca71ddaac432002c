using System.IO.Compression;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.Protocol.Validation;

namespace Vigil.Protocol.Tests.Validation;

/// <summary>The reader takes the whole body into a pooled buffer before parsing; these pin what the streaming parse accepted.</summary>
public sealed class IngestBatchReaderTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private readonly IngestBatchReader _reader = new(new IngestBatchValidator(TimeProvider.System));

    private static byte[] Batch(int events, int bodyChars) => JsonSerializer.SerializeToUtf8Bytes(
        new IngestBatch
        {
            Events = [.. Enumerable.Range(0, events).Select(i => new CapturedExchange
            {
                Timestamp = Now.AddSeconds(-1),
                DurationMs = 3,
                Request = new() { Method = "GET", Scheme = "https", Host = "h", Path = "/o/" + i, Protocol = "HTTP/2", ClientIp = "::1" },
                Response = new() { Status = 200, Body = new string('x', bodyChars) },
            })],
        },
        ProtocolJson.Batch);

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task A_batch_larger_than_the_first_buffer_reads_whole_through_gzip()
    {
        var read = await _reader.ReadAsync(new MemoryStream(Gzip(Batch(300, 2_000))), "gzip", CancellationToken.None);

        Assert.Equal(IngestReadStatus.Ok, read.Status);
        Assert.Equal(300, read.Batch!.Events.Count);
        Assert.Equal("/o/299", read.Batch.Events[^1].Request.Path);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_skipped_as_the_streaming_reader_did()
    {
        var read = await _reader.ReadAsync(new MemoryStream([0xEF, 0xBB, 0xBF, .. Batch(1, 10)]), null, CancellationToken.None);

        Assert.Equal(IngestReadStatus.Ok, read.Status);
    }

    [Fact]
    public async Task Trailing_bytes_after_the_batch_are_still_malformed()
    {
        var read = await _reader.ReadAsync(new MemoryStream([.. Batch(1, 10), .. "x"u8]), "identity", CancellationToken.None);

        Assert.Equal(IngestReadStatus.Invalid, read.Status);
    }
}
