using System.Diagnostics;
using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Bench.Dashboard;

/// <summary>
/// Fills a store with N events over the days before "now" (1 or 7), through the store's own append (so rollups and the
/// findings feed are built as ingest builds them): 40 endpoints, 2,000 clients (a few busy), 2 % 5xx, 6 % 4xx,
/// 25 % low / 4 % medium / 1 % high threat, each threat event carrying one finding.
/// </summary>
internal static class EventSeeder
{
    private static readonly string[] Rules = ["VG1202", "VG1204", "VG1101", "VG1402", "VG1201", "VG1002", "VG1001", "VG1004"];

    public static async Task SeedAsync(SqliteVigilStore store, Guid projectId, int count, int days, DateTimeOffset now)
    {
        var random = new Random(7);
        var clock = Stopwatch.StartNew();
        const int batch = 5_000;
        var start = now.AddDays(-days);
        for (var done = 0; done < count; done += batch)
        {
            var writes = new List<EventWrite>(batch);
            for (var i = done; i < Math.Min(done + batch, count); i++)
            {
                writes.Add(Event(random, projectId, start.AddMilliseconds(86_400_000.0 * days * i / count)));
            }

            await store.Events.AppendAsync(writes);
            if ((done / batch) % 20 == 0)
            {
                Console.Error.Write($"\r  seeding {done + writes.Count:N0} / {count:N0} events ({clock.Elapsed.TotalSeconds:0} s)");
            }
        }

        Console.Error.WriteLine($"\r  seeded {count:N0} events in {clock.Elapsed.TotalSeconds:0} s ({count / clock.Elapsed.TotalSeconds:N0} events/s)");
    }

    private static EventWrite Event(Random random, Guid projectId, DateTimeOffset at)
    {
        var endpoint = random.Next(40);
        var roll = random.NextDouble();
        var status = roll < 0.02 ? 500 : roll < 0.08 ? 404 : 200;
        var threatRoll = random.NextDouble();
        var threat = threatRoll < 0.01 ? ThreatLevel.High : threatRoll < 0.05 ? ThreatLevel.Medium : threatRoll < 0.30 ? ThreatLevel.Low : ThreatLevel.None;
        var client = random.NextDouble() < 0.5 ? $"10.0.0.{random.Next(20)}" : $"10.1.{random.Next(8)}.{random.Next(250)}";
        var route = $"/api/resource{endpoint}/{{id}}";
        var exchange = new CapturedExchange
        {
            Id = Guid.CreateVersion7(at),
            Timestamp = at,
            DurationMs = Math.Round(5 + (random.NextDouble() * random.NextDouble() * 400), 2),
            Request = new CapturedRequest
            {
                Method = endpoint % 5 == 0 ? "POST" : "GET",
                Scheme = "https",
                Host = "api.example.test",
                Path = $"/api/resource{endpoint}/{random.Next(100_000)}",
                Route = route,
                Protocol = "HTTP/1.1",
                ClientIp = client,
                Headers = new HeaderMap { ["Accept"] = ["application/json"], ["Authorization"] = ["****"] },
                User = endpoint % 3 == 0 ? null : new CapturedUser { Id = "user-" + random.Next(500), AuthScheme = "Bearer" },
            },
            Response = new CapturedResponse
            {
                Status = status,
                Headers = new HeaderMap { ["Content-Type"] = ["application/json"] },
                Body = """{"id":12345,"name":"Widget","price":9.99,"tags":["a","b"]}""",
            },
        };
        var key = new EndpointKey(exchange.Request.Method, route);
        IReadOnlyList<Finding> findings = threat == ThreatLevel.None ? [] :
        [
            new Finding
            {
                RuleId = threat == ThreatLevel.High ? "VG1001" : Rules[random.Next(Rules.Length)],
                Title = "bench finding",
                Threat = threat,
                EventId = exchange.Id,
                Endpoint = key.ToString(),
                Location = "query.q",
                Evidence = "' OR 1=1--",
                Timestamp = at,
            },
        ];
        var stored = new StoredEvent(projectId, exchange, key, threat) { Findings = findings };
        return new EventWrite(stored, threat >= ThreatLevel.Medium ? findings : []);
    }
}
