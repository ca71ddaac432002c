using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Vigil.AspNetCore;
using Vigil.AspNetCore.Capture;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;
using Vigil.Masking;

namespace Vigil.Bench.SdkOverhead;

/// <summary>
/// <c>--stages</c>: the shipper's CPU per event, step by step, on the exchange the HTTP bench captures (the order in,
/// the confirmation out, the headers HttpClient and Kestrel send). Single-threaded, the thread's own CPU time (process
/// CPU time where that is not available; under a load of 15 process CPU swung ±40 % between runs), so it is
/// comparable across builds on a loaded machine where the HTTP bench's throughput is not.
/// </summary>
internal static class ShipperStages
{
    private const int BatchSize = 100;
    private const int WarmUpRepeats = 8;

    public static void Run(int repeats)
    {
        var request = EchoEndpoint.RequestBody();
        var response = Encoding.UTF8.GetBytes(
            "{\"orderId\":\"ord_01HZY3K9V7Q2\",\"status\":\"accepted\",\"customerId\":\"cus_8f14e45fceea167a5a36dedd4bea2543\",\"total\":462.0,"
            + Encoding.UTF8.GetString(request)[(Encoding.UTF8.GetString(request).IndexOf("\"lines\"", StringComparison.Ordinal))..]);
        var options = Options.Create(new VigilOptions { Endpoint = "http://127.0.0.1:1", ApiKey = "k", ServiceName = "sdk-overhead-bench" });
        var runtime = new VigilRuntime(options, new VigilMetrics(), TimeProvider.System);
        var preparer = new EventPreparer(runtime, runtime.Settings!, new Masker(runtime.Settings!.Masking));
        using var serializer = new BatchSerializer();

        Console.WriteLine($"Shipper stages: request {request.Length} B, response {response.Length} B, batches of {BatchSize}, {repeats} repeats; "
            + "CPU µs per event (median repeat).");
        var prepare = new List<double>();
        var serialize = new List<double>();
        var gzipOnly = new List<double>();
        var prepareAlloc = new List<double>();
        var serializeAlloc = new List<double>();
        long jsonBytes = 0;
        long gzipBytes = 0;
        for (var r = 0; r < repeats + WarmUpRepeats; r++)
        {
            var items = Enumerable.Range(0, 20 * BatchSize).Select(_ => Item(request, response)).ToList();
            var prepared = new List<PreparedEvent>(items.Count);
            var cpu = Cpu();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            foreach (var item in items)
            {
                prepared.Add(preparer.Prepare(item)!);
            }

            var prepareMicros = (Cpu() - cpu).TotalMicroseconds / items.Count;
            var prepareBytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)items.Count;

            cpu = Cpu();
            allocated = GC.GetAllocatedBytesForCurrentThread();
            jsonBytes = gzipBytes = 0;
            for (var b = 0; b < prepared.Count; b += BatchSize)
            {
                var payload = serializer.Serialize(prepared.GetRange(b, BatchSize), out var json);
                jsonBytes += json;
                gzipBytes += payload.Length;
            }

            var serializeMicros = (Cpu() - cpu).TotalMicroseconds / prepared.Count;
            var serializeBytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)prepared.Count;
            var lastJson = Inflate(serializer.Serialize(prepared.GetRange(0, BatchSize), out _));
            cpu = Cpu();
            for (var b = 0; b < prepared.Count; b += BatchSize)
            {
                using var gzip = new GZipStream(Stream.Null, CompressionLevel.Fastest);
                gzip.Write(lastJson);
            }

            var gzipMicros = (Cpu() - cpu).TotalMicroseconds / prepared.Count;
            if (r >= WarmUpRepeats)
            {
                // The first repeats run while tiered JIT is still compiling (measured: 2-5x slower).
                prepare.Add(prepareMicros);
                serialize.Add(serializeMicros);
                gzipOnly.Add(gzipMicros);
                prepareAlloc.Add(prepareBytes);
                serializeAlloc.Add(serializeBytes);
            }
        }

        var events = 20.0 * BatchSize;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  prepare (auth facts, mask, bodies, clamp, validate)  {Median(prepare),7:F2} µs  {Median(prepareAlloc),6:F0} B allocated\n"
            + $"  serialize batch (JSON + gzip)                        {Median(serialize),7:F2} µs  {Median(serializeAlloc),6:F0} B allocated\n"
            + $"    of which gzip alone (same JSON)                    {Median(gzipOnly),7:F2} µs\n"
            + $"  total                                                {Median(prepare) + Median(serialize),7:F2} µs\n"
            + $"  wire: {jsonBytes / events:F0} B JSON, {gzipBytes / events:F0} B gzip per event"));
    }

    private static HeaderSnapshot Snapshot(HeaderDictionary headers)
    {
        var bytes = 0L;
        return HeaderSnapshot.Take(headers, ref bytes);
    }

    private static QueuedExchange Item(byte[] request, byte[] response) => new()
    {
        Exchange = new CapturedExchange
        {
            Timestamp = DateTimeOffset.UtcNow,
            DurationMs = 0.35,
            Request = new CapturedRequest
            {
                Method = "POST", Scheme = "http", Host = "127.0.0.1:5000", Path = "/orders", Route = "/orders", Query = "",
                Protocol = "HTTP/1.1", ClientIp = "127.0.0.1", Size = request.Length,
            },
            Response = new CapturedResponse
            {
                Status = 200, Size = response.Length,
            },
        },
        // As the request path hands them over: the shipper builds the header maps (HeaderSnapshot).
        RequestHeaders = Snapshot(new HeaderDictionary
        {
            ["Host"] = "127.0.0.1:5000",
            ["Content-Type"] = "application/json",
            ["Content-Length"] = request.Length.ToString(CultureInfo.InvariantCulture),
        }),
        ResponseHeaders = Snapshot(new HeaderDictionary
        {
            ["Content-Type"] = "application/json; charset=utf-8",
            ["Date"] = "Sat, 21 Nov 2026 15:40:00 GMT",
            ["Server"] = "Kestrel",
            ["Transfer-Encoding"] = "chunked",
        }),
        RequestBody = request,
        RequestContentType = "application/json",
        ResponseBody = response,
        ResponseContentType = "application/json; charset=utf-8",
    };

    private static TimeSpan Cpu() => Vigil.AspNetCore.Shipping.Threading.ThreadCpu.Now() ?? Environment.CpuUsage.TotalTime;

    private static byte[] Inflate(ReadOnlyMemory<byte> payload)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
