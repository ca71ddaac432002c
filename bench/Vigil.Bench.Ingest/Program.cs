using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Bench.Ingest;
using Vigil.Collector;
using Vigil.Collector.Keys;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Protocol;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

// Collector ingest throughput: 1 KB events in gzip batches of 100 over HTTP into SQLite (the product path),
// beside a baseline that appends the same events straight into the store (no HTTP, JSON, validation or masking).
var options = BenchOptions.Parse(args);
Console.WriteLine($"Ingest benchmark: {options.Batches} batches x {options.BatchSize} events of ~{options.EventBytes} B, {options.Senders} concurrent senders, {Environment.ProcessorCount} cores");

var folder = Path.Combine(Path.GetTempPath(), "vigil-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var baseline = await MeasureBaselineAsync(Path.Combine(folder, "baseline.db"), options);
    var http = await MeasureHttpAsync(Path.Combine(folder, "http.db"), options);

    Console.WriteLine();
    Console.WriteLine($"{"path",-34} {"events/s",12} {"MB/s in",9}");
    Console.WriteLine($"{"store append (baseline)",-34} {baseline.EventsPerSecond,12:N0} {"-",9}");
    Console.WriteLine($"{"POST /v1/ingest gzip -> SQLite",-34} {http.EventsPerSecond,12:N0} {http.WireMegabytesPerSecond,9:N1}");
    Console.WriteLine();
    Console.WriteLine($"HTTP ingest / direct append: {http.EventsPerSecond / baseline.EventsPerSecond:P0}");
    Console.WriteLine($"target >= 20,000 events/s: {(http.EventsPerSecond >= 20_000 ? "PASS" : "MISS")} ({http.EventsPerSecond / 20_000:N2}x target)");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static async Task<Measurement> MeasureBaselineAsync(string path, BenchOptions options)
{
    await using var store = new SqliteVigilStore(path);
    await store.InitializeAsync();
    var project = await store.Projects.GetOrCreateProjectAsync("bench");
    var batches = Enumerable.Range(0, options.Batches).Select(b => EventFactory.Batch(b, options).Events
        .Select(e => new EventWrite(new StoredEvent(project.Id, e, new EndpointKey("GET", e.Request.Route!), ThreatLevel.None), []))
        .ToList()).ToList();
    var clock = Stopwatch.StartNew();
    // Same group size the collector reaches under load: several batches per transaction.
    foreach (var group in batches.Chunk(options.Senders))
    {
        await store.Events.AppendAsync(group.SelectMany(b => b).ToList());
    }

    return new Measurement(options.Batches * options.BatchSize / clock.Elapsed.TotalSeconds, 0);
}

static async Task<Measurement> MeasureHttpAsync(string path, BenchOptions options)
{
    await using var store = new SqliteVigilStore(path);
    await store.InitializeAsync();
    var key = (await new KeyIssuer(store.Projects).CreateAsync("bench", KeyScope.Ingest)).Key;
    await using var app = CollectorApp.Build(new CollectorOptions { Urls = ["http://127.0.0.1:0"] }, store, logging: l => l.SetMinimumLevel(LogLevel.Warning));
    await app.StartAsync();
    var address = app.Urls.First();

    var payloads = Enumerable.Range(0, options.Batches).Select(b => Gzip(JsonSerializer.SerializeToUtf8Bytes(EventFactory.Batch(b, options), ProtocolJson.Batch))).ToList();
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Senders }) { BaseAddress = new Uri(address) };
    client.DefaultRequestHeaders.Add(ProtocolConstants.KeyHeader, key);

    var next = -1;
    long wireBytes = 0;
    var clock = Stopwatch.StartNew();
    var senders = Enumerable.Range(0, options.Senders).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < payloads.Count)
        {
            while (true)
            {
                var content = new ByteArrayContent(payloads[i]);
                content.Headers.ContentType = new("application/json");
                content.Headers.ContentEncoding.Add("gzip");
                using var response = await client.PostAsync("v1/ingest", content);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Add(ref wireBytes, payloads[i].Length);
                    break;
                }

                if ((int)response.StatusCode != 429)
                {
                    throw new InvalidOperationException($"ingest answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                await Task.Delay(50);
            }

            if (i % 200 == 0)
            {
                Console.Error.Write($"\r  sent {i * options.BatchSize:N0} events");
            }
        }
    }).ToList();
    await Task.WhenAll(senders);
    var elapsed = clock.Elapsed.TotalSeconds;
    Console.Error.WriteLine();
    await app.StopAsync();
    return new Measurement(options.Batches * options.BatchSize / elapsed, wireBytes / 1e6 / elapsed);
}

static byte[] Gzip(byte[] payload)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
    {
        gzip.Write(payload);
    }

    return buffer.ToArray();
}

internal sealed record Measurement(double EventsPerSecond, double WireMegabytesPerSecond);
