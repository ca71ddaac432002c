using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerting;
using Vigil.Collector;
using Vigil.Collector.Ingest;
using Vigil.Core.Capture;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Engine;
using Vigil.Inventory.Traffic;
using Vigil.Masking;
using Vigil.Protocol;
using Vigil.Protocol.Validation;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Bench.Ingest;

/// <summary>
/// CPU µs per event of each step the collector takes on a batch, run one after another on one thread with the
/// collector's own services (no HTTP): where the per-event budget goes. <c>--stages</c>.
/// </summary>
internal static class StageProfile
{
    public static async Task RunAsync(string folder, BenchOptions options, IReadOnlyList<byte[]> payloads, IReadOnlyList<byte[]> warmup, bool appendOnly)
    {
        await using var store = new SqliteVigilStore(Path.Combine(folder, "stages.db"));
        await store.InitializeAsync();
        var project = (await store.Projects.GetOrCreateProjectAsync("bench")).Id;
        var collectorOptions = new CollectorOptions();
        await using var app = CollectorApp.Build(collectorOptions, store);
        var services = app.Services;
        var stages = new Stages(services.GetRequiredService<IngestBatchReader>(), services.GetRequiredService<EventPreparer>(),
            services.GetRequiredService<RuleEngine>(), services.GetRequiredService<Masker>(), services.GetRequiredService<AlertService>(), store.Events, collectorOptions, project, options.Senders);

        if (!appendOnly)
        {
            // Until the JIT has tiered up: one pass over the warm-up batches left most methods at tier 0, so the first
            // figures were more than half JIT and unoptimised code (read + prepare + facts 62 µs vs 40 µs with
            // DOTNET_TieredCompilation=0). A long-running collector is measured at steady state.
            var warm = CpuClock.Start();
            while (warm.Wall < TimeSpan.FromSeconds(6))
            {
                await stages.RunAsync(warmup, print: false);
            }

            await stages.RunAsync(payloads, print: true);
        }

        await AppendBreakdown.RunAsync(folder, options, payloads, services.GetRequiredService<IngestBatchReader>(), services.GetRequiredService<EventPreparer>());
    }

    private sealed class Stages(IngestBatchReader reader, EventPreparer preparer, RuleEngine rules, Masker masker, AlertService alerts, IEventStore store, CollectorOptions options, Guid project, int group)
    {
        private readonly BehaviourEngine _behaviour = new(options.Behaviour);

        public async Task RunAsync(IReadOnlyList<byte[]> payloads, bool print)
        {
            // Chunk by chunk (one commit group at a time) so the heap holds what the collector would, not every event.
            var cpu = new Dictionary<string, TimeSpan>();
            var events = 0;
            void Add(string stage, CpuClock clock) => cpu[stage] = cpu.GetValueOrDefault(stage) + clock.Cpu;
            foreach (var chunk in payloads.Chunk(group))
            {
                var clock = CpuClock.Start();
                var batches = await ReadAllAsync(chunk);
                Add("read: gunzip + JSON parse + validate", clock);
                events += batches.Sum(b => b.Events.Count);

                var copies = (await ReadAllAsync(chunk)).SelectMany(b => b.Events).ToList();
                var endpoints = copies.Select(e => EndpointNamer.For(e.Request.Method, e.Request.Path, e.Request.Route).ToString()).ToList();
                clock = CpuClock.Start();
                for (var i = 0; i < copies.Count; i++)
                {
                    rules.Evaluate(copies[i], endpoints[i]);
                }

                Add("  of prepare: request rules", clock);
                clock = CpuClock.Start();
                copies.ForEach(masker.MaskExchange);
                Add("  of prepare: mask again", clock);

                clock = CpuClock.Start();
                var writes = batches.SelectMany(b => preparer.Prepare(project, b.Events)).ToList();
                Add("prepare (EventPreparer, all of it)", clock);
                clock = CpuClock.Start();
                writes.ForEach(w => JsonSerializer.Serialize(w.Event.Exchange, ProtocolJson.Exchange));
                Add("  of append: serialize the payload", clock);
                clock = CpuClock.Start();
                await store.AppendAsync(writes);
                Add("append (one transaction per group of batches)", clock);

                clock = CpuClock.Start();
                var facts = writes.Select(w => BehaviourEventReader.Read(w.Event.Exchange, w.Event.Endpoint.ToString(), w.Event.Findings, options.Behaviour, w.Event.ClientKey)).ToList();
                Add("behaviour: read the event's facts", clock);
                clock = CpuClock.Start();
                facts.ForEach(f => _ = _behaviour.Observe(f).Count);
                Add("behaviour: detectors", clock);
                clock = CpuClock.Start();
                for (var i = 0; i < writes.Count; i++)
                {
                    writes[i].Event.Findings.ToList().ForEach(f => alerts.Apply(project, f, facts[i].Client));
                }

                await alerts.FlushAsync();
                Add("behaviour: alerts (group, then save the changed)", clock);
            }

            if (print)
            {
                Console.WriteLine($"Stages, one thread, {events:N0} events in groups of {group} batches (process CPU time, GC included):");
                foreach (var (stage, time) in cpu)
                {
                    Console.WriteLine($"  {stage,-46} {time.TotalMicroseconds / events,8:N2} µs CPU/event");
                }
            }
        }

        private async Task<List<IngestBatch>> ReadAllAsync(IReadOnlyList<byte[]> payloads)
        {
            var batches = new List<IngestBatch>(payloads.Count);
            foreach (var payload in payloads)
            {
                var read = await reader.ReadAsync(new MemoryStream(payload), "gzip", CancellationToken.None);
                batches.Add(read.Batch ?? throw new InvalidOperationException("the bench's batch did not validate"));
            }

            return batches;
        }
    }
}
