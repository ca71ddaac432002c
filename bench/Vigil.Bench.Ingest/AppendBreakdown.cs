using System.Text.Json;
using Vigil.Collector.Ingest;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Protocol;
using Vigil.Protocol.Validation;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Bench.Ingest;

/// <summary>
/// Where the collector's append goes beyond the bench baseline's: the same prepared events appended into fresh stores
/// with one difference added at a time (findings kept with the event, the threat, the feed's finding rows), beside the
/// baseline's own events and the JSON the writer produces. Each row is the CPU µs per event of its whole append loop.
/// </summary>
internal static class AppendBreakdown
{
    public static async Task RunAsync(string folder, BenchOptions options, IReadOnlyList<byte[]> payloads, IngestBatchReader reader, EventPreparer preparer)
    {
        var prepared = new List<EventWrite>();
        foreach (var payload in payloads)
        {
            var read = await reader.ReadAsync(new MemoryStream(payload), "gzip", CancellationToken.None);
            prepared.AddRange(preparer.Prepare(Guid.Empty, read.Batch!.Events));
        }

        var count = prepared.Count;
        Console.WriteLine($"Append breakdown, one thread, {count:N0} prepared events in groups of {options.Senders} batches; per event: "
            + $"{prepared.Average(w => w.Event.Findings.Count):N1} findings kept, {prepared.Average(w => w.Feed.Count):N2} to the feed, "
            + $"threat >= medium {prepared.Count(w => w.Event.Threat >= ThreatLevel.Medium) * 100.0 / count:N0} %");
        var stored = new System.Buffers.ArrayBufferWriter<byte>();
        var shortForm = prepared.Average(w =>
        {
            stored.ResetWrittenCount();
            using var writer = new Utf8JsonWriter(stored);
            StoredFindings.Write(writer, w.Event);
            writer.Flush();
            return stored.WrittenCount;
        });
        Console.WriteLine($"  row text per event: payload {prepared.Average(w => JsonSerializer.Serialize(w.Event.Exchange, ProtocolJson.Exchange).Length):N0} chars, findings "
            + $"{prepared.Average(w => JsonSerializer.Serialize(w.Event.Findings, StorageJsonContext.Default.IReadOnlyListFinding).Length):N0} in full, {shortForm:N0} as stored");
        var plain = prepared.Select(w => new EventWrite(new StoredEvent(w.Event.ProjectId, w.Event.Exchange, new EndpointKey("GET", w.Event.Exchange.Request.Route!), ThreatLevel.None), [])).ToList();
        var rows = new (string Name, Func<EventWrite, int, EventWrite> Shape)[]
        {
            ("events without findings or threat", (_, i) => plain[i]),
            ("+ masked event, endpoint, client key", (w, _) => new EventWrite(w.Event with { Threat = ThreatLevel.None, Findings = [] }, [])),
            ("+ findings kept in the event's row", (w, _) => new EventWrite(w.Event with { Threat = ThreatLevel.None }, [])),
            ("+ the event's threat", (w, _) => new EventWrite(w.Event, [])),
            ("+ feed rows = the collector's append", (w, _) => w),
        };

        // One untimed pass first: the JIT's tiering would otherwise be charged to the first row.
        await TimeAppendAsync(Path.Combine(folder, "breakdown-warm.db"), prepared, options);
        var previous = 0.0;
        foreach (var (name, shape) in rows)
        {
            // Best of two: a neighbour's burst on this shared machine inflates one run, rarely both.
            var writes = prepared.Select(shape).ToList();
            var (micros, bytes) = await TimeAppendAsync(Path.Combine(folder, $"breakdown-{Guid.NewGuid():N}.db"), writes, options);
            micros = Math.Min(micros, (await TimeAppendAsync(Path.Combine(folder, $"breakdown-{Guid.NewGuid():N}.db"), writes, options)).Micros);
            Console.WriteLine($"  {name,-46} {micros,8:N2} µs CPU/event  ({micros - previous:+0.00;-0.00;0.00})  {bytes,7:N0} B allocated/event");
            previous = micros;
        }

        var clock = CpuClock.Start();
        prepared.ForEach(w => JsonSerializer.Serialize(w.Event.Exchange, ProtocolJson.Exchange));
        Console.WriteLine($"  {"  of which: payload JSON",-46} {clock.MicrosPer(count),8:N2} µs CPU/event");
        clock = CpuClock.Start();
        using (var writer = new Utf8JsonWriter(stored))
        {
            foreach (var w in prepared)
            {
                stored.ResetWrittenCount();
                writer.Reset(stored);
                StoredFindings.Write(writer, w.Event);
                writer.Flush();
            }
        }

        Console.WriteLine($"  {"  of which: findings JSON as stored",-46} {clock.MicrosPer(count),8:N2} µs CPU/event");
    }

    private static async Task<(double Micros, double Bytes)> TimeAppendAsync(string path, List<EventWrite> writes, BenchOptions options)
    {
        await using var store = new SqliteVigilStore(path);
        await store.InitializeAsync();
        var project = (await store.Projects.GetOrCreateProjectAsync("bench")).Id;
        var groups = writes.Select(w => new EventWrite(w.Event with { ProjectId = project }, w.Feed))
            .Chunk(options.BatchSize * options.Senders).Select(g => g.ToList()).ToList();
        // The first groups warm the JIT and the page cache; they are not timed.
        var warm = Math.Min(5, groups.Count / 4);
        foreach (var group in groups.Take(warm))
        {
            await store.Events.AppendAsync(group);
        }

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = CpuClock.Start();
        foreach (var group in groups.Skip(warm))
        {
            await store.Events.AppendAsync(group);
        }

        var timed = groups.Skip(warm).Sum(g => g.Count);
        return (clock.MicrosPer(timed), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)timed);
    }
}
