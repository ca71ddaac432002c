using System.Diagnostics;
using System.Net.Http.Headers;

namespace Vigil.Bench.SdkOverhead;

/// <summary>What one measured run produced: completed requests, their latencies (Stopwatch ticks) and failures.</summary>
internal sealed record RunResult(long Requests, TimeSpan Duration, List<long> LatencyTicks, long Failures, TimeSpan Cpu, TimeSpan GcPause, int Gen2, long AllocatedBytes);

/// <summary>
/// A load generator with a fixed number of workers. Closed loop by default: each worker sends the next request as
/// soon as the previous one completed (saturation). Given a rate, each worker keeps its own fixed schedule instead
/// (a request late for its slot goes at once), so the server sees a fixed offered load. A run warms up first and
/// then measures only requests that both start and end in the window.
/// </summary>
internal sealed class LoadGenerator(int concurrency, byte[] body) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<RunResult> RunAsync(Uri target, TimeSpan warmUp, TimeSpan measure, double? ratePerSecond = null)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task<(List<long> Latencies, long Failures)>[concurrency];
        var interval = ratePerSecond is { } rate ? (long)(concurrency * Stopwatch.Frequency / rate) : 0;
        for (var i = 0; i < concurrency; i++)
        {
            // Workers start spread over one interval, so a paced load arrives evenly, not in bursts of `concurrency`.
            var first = start + (interval * i / concurrency);
            workers[i] = Task.Run(() => WorkAsync(target, measureFrom, measureTo, first, interval));
        }

        var cpu = MeasureCpuAsync(measureFrom, measureTo);
        var results = await Task.WhenAll(workers);
        var latencies = new List<long>(results.Sum(r => r.Latencies.Count));
        foreach (var (l, _) in results)
        {
            latencies.AddRange(l);
        }

        var (cpuTime, gcPause, gen2, allocated) = await cpu;
        return new RunResult(latencies.Count, measure, latencies, results.Sum(r => r.Failures), cpuTime, gcPause, gen2, allocated);
    }

    // Process CPU (server, client and any background work such as Vigil's shipper) spent inside the window:
    // on a shared machine it moves far less than throughput does when neighbours get busy.
    private static async Task<(TimeSpan Cpu, TimeSpan GcPause, int Gen2, long Allocated)> MeasureCpuAsync(long from, long to)
    {
        await Task.Delay(Until(from));
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        await Task.Delay(Until(to));
        process.Refresh();
        return (process.TotalProcessorTime - start, GC.GetTotalPauseDuration() - pause, GC.CollectionCount(2) - gen2, GC.GetTotalAllocatedBytes() - allocated);
    }

    private static TimeSpan Until(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Dispose() => _client.Dispose();

    private async Task<(List<long>, long)> WorkAsync(Uri target, long measureFrom, long measureTo, long next, long interval)
    {
        var latencies = new List<long>(64 * 1024);
        long failures = 0;
        while (true)
        {
            if (interval > 0)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                next += interval;
            }

            var began = Stopwatch.GetTimestamp();
            if (began >= measureTo)
            {
                return (latencies, failures);
            }

            var ok = await SendAsync(target);
            var ended = Stopwatch.GetTimestamp();
            if (began >= measureFrom && ended <= measureTo)
            {
                if (ok)
                {
                    latencies.Add(ended - began);
                }
                else
                {
                    failures++;
                }
            }
        }
    }

    private async Task<bool> SendAsync(Uri target)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await _client.PostAsync(target, content);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode && bytes.Length > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
