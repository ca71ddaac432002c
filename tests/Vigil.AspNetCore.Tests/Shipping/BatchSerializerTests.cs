using System.IO.Compression;
using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;
using Vigil.Protocol.Validation;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class BatchSerializerTests
{
    [Fact]
    public async Task Batches_of_any_size_round_trip_through_the_protocol_reader_and_the_buffer_is_reused()
    {
        using var serializer = new BatchSerializer();
        foreach (var (count, bodyChars) in new[] { (3, 10), (40, 200_000), (5, 50) })
        {
            var events = Enumerable.Range(0, count).Select(i => new PreparedEvent { Exchange = Event(i, new string('"', bodyChars / 2) + new string('é', bodyChars / 2)) }).ToList();

            var payload = serializer.Serialize(events, out var jsonBytes);

            using var inflated = new MemoryStream();
            await using (var gzip = new GZipStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress))
            {
                await gzip.CopyToAsync(inflated);
            }

            Assert.Equal(jsonBytes, inflated.Length);
            inflated.Position = 0;
            var read = await new IngestBatchReader(new IngestBatchValidator(TimeProvider.System)).ReadAsync(inflated, null, CancellationToken.None);
            Assert.Equal(IngestReadStatus.Ok, read.Status);
            Assert.Equal(count, read.Batch!.Events.Count);
            Assert.Equal(events[^1].Exchange.Request.Body, read.Batch.Events[^1].Request.Body);
        }
    }

    private static CapturedExchange Event(int i, string body) => new()
    {
        Id = Guid.CreateVersion7(),
        Timestamp = DateTimeOffset.UtcNow,
        DurationMs = 1,
        Request = new CapturedRequest
        {
            Method = "POST",
            Scheme = "https",
            Host = "api.example.com",
            Path = $"/items/{i}",
            Protocol = "HTTP/2",
            ClientIp = "2001:db8::1",
            Headers = new HeaderMap { ["Content-Type"] = ["text/plain"] },
            Body = body,
        },
        Response = new CapturedResponse { Status = 204 },
    };
}
