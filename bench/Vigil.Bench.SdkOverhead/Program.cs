using System.Runtime;
using System.Runtime.InteropServices;
using Vigil.Bench.SdkOverhead;

// What UseVigil() costs a real endpoint, beside the bare endpoint and ASP.NET Core HttpLogging, in one run.
// Variants are interleaved round by round (in rotating order) so machine noise lands on all of them alike.
if (args is ["--stages", ..])
{
    ShipperStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return;
}

if (args is ["--request-path", ..])
{
    RequestPath.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return;
}

var options = BenchOptions.Parse(args);
var body = EchoEndpoint.RequestBody();

#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful numbers.");
#endif
Console.WriteLine($"SDK overhead: POST {EchoEndpoint.Path} with a {body.Length}-byte JSON body, {options.Concurrency} concurrent clients, " +
    $"{options.Rounds} rounds x {options.Seconds} s per variant (interleaved), {Environment.ProcessorCount} cores, " +
    $"{RuntimeInformation.FrameworkDescription}, server GC {GCSettings.IsServerGC}.");

await using var sink = await IngestSink.StartAsync();
var hosts = new List<BenchHost>();
foreach (var variant in Enum.GetValues<Variant>())
{
    hosts.Add(await BenchHost.StartAsync(variant, sink.BaseAddress));
}

using var load = new LoadGenerator(options.Concurrency, body);
var probe = new HttpClient();
var responseBytes = (await (await probe.PostAsync(new Uri(hosts[0].BaseAddress, EchoEndpoint.Path), new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } })).Content.ReadAsByteArrayAsync()).Length;
probe.Dispose();
Console.WriteLine($"Response body: {responseBytes} bytes.");

foreach (var host in hosts)
{
    // Tiered JIT and connection pools settle before anything is measured.
    await load.RunAsync(new Uri(host.BaseAddress, EchoEndpoint.Path), TimeSpan.FromSeconds(options.JitWarmUpSeconds), TimeSpan.Zero);
    await SettleAsync(host);
}

var stats = await MeasureAsync(options.Rounds, rate: null, "round");

// The unsaturated cases: every variant at the same fixed load, half and a quarter of what bare sustained above.
// At half, a 2-core box is already near saturation once any per-request cost is added; a quarter leaves it idle
// most of the time, which is where added latency is the SDK's own time and not queueing for a core.
var bareRate = stats.Single(s => s.Variant == Variant.Bare).RequestsPerSecond;
var pacedLevels = new List<(double Fraction, List<VariantStats> Stats)>();
foreach (var fraction in new[] { 0.5, 0.25 })
{
    if (options.PacedRounds > 0)
    {
        pacedLevels.Add((fraction, await MeasureAsync(options.PacedRounds, bareRate * fraction, $"paced {fraction:P0} round")));
    }
}

foreach (var host in hosts)
{
    await host.StopAsync();
}

Console.WriteLine();
Console.WriteLine(options.Concurrency == 1
    ? "One client, closed loop (it sends again as soon as it is answered: latency without queueing):"
    : $"Saturated (closed loop, {options.Concurrency} clients, each sends again as soon as it is answered):");
Console.WriteLine(Report.Render(stats));
Console.WriteLine(Report.RenderShipper(stats));
foreach (var (fraction, paced) in pacedLevels)
{
    Console.WriteLine(Report.RenderPaced(paced, bareRate * fraction, fraction));
    Console.WriteLine(Report.RenderShipper(paced));
}

foreach (var host in hosts.Where(h => h.VigilMetrics is not null))
{
    Console.WriteLine($"{host.Variant} SDK: {host.VigilMetrics}.");
}

Console.WriteLine($"Sink received {sink.Batches:N0} batches, {sink.Bytes:N0} gzip bytes.");
Console.WriteLine($"HttpLogging: {hosts.Single(h => h.Variant == Variant.HttpLogging).LogSink!.FormattedChars:N0} characters of log text formatted and discarded.");

foreach (var host in hosts)
{
    await host.DisposeAsync();
}

// Rounds in rotating order so machine noise lands on every variant alike; each run's SDK counters include the drain
// after it, so the shipper's CPU for a run's events is billed to that run.
async Task<List<VariantStats>> MeasureAsync(int rounds, double? rate, string label)
{
    var result = hosts.Select(h => new VariantStats(h.Variant)).ToList();
    for (var round = 0; round < rounds; round++)
    {
        for (var k = 0; k < hosts.Count; k++)
        {
            var i = (round + k) % hosts.Count;
            var before = SdkCounters.Of(hosts[i].VigilMetrics);
            var run = await load.RunAsync(new Uri(hosts[i].BaseAddress, EchoEndpoint.Path), TimeSpan.FromSeconds(options.WarmUpSeconds), TimeSpan.FromSeconds(options.Seconds), rate);
            result[i].Add(run);
            await SettleAsync(hosts[i]);
            result[i].AddSdk(SdkCounters.Of(hosts[i].VigilMetrics) - before);
        }

        Console.WriteLine($"{label} {round + 1}/{rounds} done");
    }

    return result;
}

// Vigil ships in the background: let it finish the last run's events so that work is not billed to the next variant.
static async Task SettleAsync(BenchHost host)
{
    if (host.VigilMetrics is not { } metrics)
    {
        return;
    }

    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    while (metrics.Shipped + metrics.Dropped < metrics.Captured && System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5))
    {
        await Task.Delay(10);
    }
}
