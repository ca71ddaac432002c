using System.Diagnostics;
using System.Globalization;
using Vigil.Bench.Rules;
using Vigil.Core.Capture;
using Vigil.Detection.Engine;

// The whole request rule set on one thread over typical API events, beside two baselines measured in the same run:
// the engine with no rules (context and finding sink) and extracting the inputs alone. Target: >= 50,000 events/s
// per core. Run in Release: dotnet run -c Release --project bench/Vigil.Bench.Rules [-- --events N --rounds N]
var count = Arg("--events", 20_000);
var rounds = Arg("--rounds", 5);
var events = TypicalEvents.Create(count);
var all = new RuleEngine(RuleCatalog.Default);
var none = new RuleEngine(RuleCatalog.From([]));
Console.WriteLine($"Rule engine: {RuleCatalog.Default.Rules.Count} rules, {count:N0} typical events (1 in 10 with an attack), {rounds} rounds, one thread");

var results = new[]
{
    Measure("engine, no rules (baseline)", e => none.Evaluate(e, "x").Findings.Count),
    Measure("input extraction only (baseline)", e => new RequestContext(e, "x").Inputs.Count),
    Measure("engine, all rules", e => all.Evaluate(e, "x").Findings.Count),
};

Console.WriteLine();
Console.WriteLine($"{"pass",-36} {"events/s",12} {"µs/event",9} {"B/event",9} {"items",9}   (items: findings, or inputs for extraction)");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-36} {r.EventsPerSecond,12:N0} {1e6 / r.EventsPerSecond,9:F2} {r.BytesPerEvent,9:N0} {r.Findings,9:N0}"));
}

var full = results[^1];
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all rules cost {(double)full.BytesPerEvent / Math.Max(1, results[1].BytesPerEvent):F1}x the allocation and {results[1].EventsPerSecond / full.EventsPerSecond:F1}x the time of input extraction alone"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target >= 50,000 events/s per core: {(full.EventsPerSecond >= 50_000 ? "PASS" : "MISS")} ({full.EventsPerSecond / 50_000:F2}x target)"));
return 0;

Result Measure(string name, Func<CapturedExchange, int> pass)
{
    foreach (var e in events.Take(5_000))
    {
        pass(e); // warm-up: tiered JIT and the engine's lazily built tables
    }

    var best = double.MaxValue;
    long bytes = 0, findings = 0;
    for (var round = 0; round < rounds; round++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        findings = 0;
        foreach (var e in events)
        {
            findings += pass(e);
        }

        best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
    }

    // The fastest round: the one least disturbed by other work on a shared machine.
    return new Result(name, count / best, bytes / count, findings);
}

int Arg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
}

internal sealed record Result(string Name, double EventsPerSecond, long BytesPerEvent, long Findings);
