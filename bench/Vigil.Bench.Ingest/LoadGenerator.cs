using System.Net;
using Vigil.Protocol;

namespace Vigil.Bench.Ingest;

/// <summary>
/// Concurrent senders posting pre-built gzip payloads (built before the clock starts, so compressing costs the
/// measurement nothing), retrying on 429 as the SDK does.
/// </summary>
internal static class LoadGenerator
{
    private static long _refused;

    /// <summary>Requests answered 429 (and sent again) so far: each cost both sides a request for nothing.</summary>
    public static long Refused => Interlocked.Read(ref _refused);

    public static async Task<long> SendAllAsync(string address, string key, IReadOnlyList<byte[]> payloads, int senders, int batchSize)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders }) { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add(ProtocolConstants.KeyHeader, key);
        var next = -1;
        long wireBytes = 0;
        var tasks = Enumerable.Range(0, senders).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < payloads.Count)
            {
                await SendAsync(client, payloads[i]);
                Interlocked.Add(ref wireBytes, payloads[i].Length);
                if (i % 200 == 0)
                {
                    Console.Error.Write($"\r  sent {i * batchSize:N0} events");
                }
            }
        }).ToList();
        await Task.WhenAll(tasks);
        Console.Error.WriteLine();
        return wireBytes;
    }

    private static async Task SendAsync(HttpClient client, byte[] payload)
    {
        while (true)
        {
            var content = new ByteArrayContent(payload);
            content.Headers.ContentType = new("application/json");
            content.Headers.ContentEncoding.Add("gzip");
            using var response = await client.PostAsync("v1/ingest", content);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return;
            }

            Interlocked.Increment(ref _refused);
            if ((int)response.StatusCode != 429)
            {
                throw new InvalidOperationException($"ingest answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(50);
        }
    }
}
