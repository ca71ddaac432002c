using System.Globalization;
using Vigil.Bench.Masking;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Simulation;
using Vigil.Simulation.Scenarios;
using Vigil.Simulation.Scoring;

// Usage: Vigil.Bench.Behaviour [--rate 100] [--benign-hours 24] [--benign-rate 100] [--throughput-events 400000]
var rate = Arg("--rate", 100);
var benignHours = Arg("--benign-hours", 24);
var benignRate = Arg("--benign-rate", 100);
var throughputEvents = (int)Arg("--throughput-events", 400_000);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine($"# Behaviour benchmark: {AttackScenario.All.Count} scenarios at {rate:0} benign req/s; {benignHours:0} h benign-only at {benignRate:0} req/s peak");
Console.WriteLine();

// 1. Scenarios: 40 minutes of benign traffic to learn baselines, then one attack every 5 minutes.
var plans = AttackScenario.All.Select((s, i) => new ScenarioPlan(s, TimeSpan.FromMinutes(40 + (5 * i)))).ToList();
var scenarioSim = new Simulator(new SimulationOptions { Rate = rate, Diurnal = false, Duration = TimeSpan.FromMinutes(40 + (5 * plans.Count) + 2), Scenarios = plans, Start = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero) });
var attacks = new OfflineDetection();
var sample = new List<SimulatedExchange>(throughputEvents);
foreach (var e in scenarioSim.Run())
{
    attacks.Feed(e);
    if (sample.Count < throughputEvents)
    {
        sample.Add(e);
    }
}

var scores = Scorer.Score(scenarioSim.Runs, attacks.Opened);
Console.WriteLine("scenario               detected  by       time to alert  target <= 10 s");
foreach (var s in scores)
{
    var time = s.TimeToAlert is { } t ? $"{t.TotalSeconds,9:0.0} s" : "          -";
    var pass = s.Detected && s.TimeToAlert <= TimeSpan.FromSeconds(10) ? "PASS" : "MISS";
    Console.WriteLine($"{s.Scenario,-22} {(s.Detected ? "yes" : "NO"),-9} {s.DetectedBy ?? "-",-8} {time}    {pass}");
}

var other = attacks.Opened.Where(a => !scenarioSim.Runs.Any(r => r.ExpectedRules.Contains(a.RuleId) && a.OpenedAt >= r.Start && a.OpenedAt <= r.End)).ToList();
var outside = other.Count(a => !scenarioSim.Runs.Any(r => a.OpenedAt >= r.Start && a.OpenedAt <= r.End));
Console.WriteLine($"every scenario detected: {(scores.All(s => s.Detected) ? "PASS" : "MISS")}; other alerts: {other.Count} ({Breakdown(other)}), {other.Count - outside} of them while an attack ran, {outside} outside any attack");
foreach (var a in other.DistinctBy(a => a.RuleId).Take(6))
{
    Console.WriteLine($"  e.g. {a.OpenedAt:HH:mm:ss} {a.RuleId} {a.Subject} {a.Endpoint}");
}

Console.WriteLine($"events: {attacks.Events:N0} over {scenarioSim.Runs[^1].End - scenarioSim.Runs[0].Start + TimeSpan.FromMinutes(40):hh\\:mm} simulated");
Console.WriteLine();

// 2. Benign only, a whole simulated day (following the day's shape): every alert is a false alert.
var day = new Simulator(new SimulationOptions { Rate = benignRate, Diurnal = true, Duration = TimeSpan.FromHours(benignHours), Seed = 7 });
var benign = new OfflineDetection();
foreach (var e in day.Run())
{
    benign.Feed(e);
}

var perDay = Scorer.PerDay(benign.Opened.Count, TimeSpan.FromHours(benignHours));
Console.WriteLine($"benign-only: {benign.Events:N0} events over {benignHours:0} simulated hours; false alerts {benign.Opened.Count} ({benign.Opened.Count / benignHours:0.00}/hour, {perDay:0.00}/day)");
Console.WriteLine($"false alerts by rule: {Breakdown(benign.Opened)}");
foreach (var a in benign.Opened.Take(5))
{
    Console.WriteLine($"  e.g. {a.OpenedAt:HH:mm:ss} {a.RuleId} {a.Subject} {a.Endpoint}");
}

Console.WriteLine($"target <= 1 false alert per simulated day: {(perDay <= 1 ? "PASS" : "MISS")}");
Console.WriteLine();

// 3. Detector throughput on one thread, on the scenario run's events read once (the reader measured beside it).
var readerUs = Measure(() =>
{
    foreach (var s in sample)
    {
        BehaviourEventReader.Read(s.Exchange, $"{s.Exchange.Request.Method} {s.Exchange.Request.Route}", [], new BehaviourOptions());
    }
});
var events = sample.Select(s => BehaviourEventReader.Read(s.Exchange, $"{s.Exchange.Request.Method} {s.Exchange.Request.Route}", [], new BehaviourOptions())).ToList();
var detectorUs = Measure(() =>
{
    var engine = new BehaviourEngine();
    foreach (var e in events)
    {
        engine.Observe(e);
    }
});
var perSecond = events.Count / (detectorUs / 1e6);
Console.WriteLine($"throughput ({(ThreadCpu.IsAvailable ? "thread CPU time" : "wall time")}, one thread, {events.Count:N0} events, {DetectorCatalog.Descriptors.Count} detectors)");
Console.WriteLine($"  reading events (baseline)   {events.Count / (readerUs / 1e6),12:N0} events/s");
Console.WriteLine($"  all detectors               {perSecond,12:N0} events/s per core");
Console.WriteLine($"target >= 50,000 events/s per core: {(perSecond >= 50_000 ? "PASS" : "MISS")} ({perSecond / 50_000:0.0}x target)");
return 0;

static double Measure(Action work)
{
    work(); // warm-up
    var best = double.MaxValue;
    for (var i = 0; i < 3; i++)
    {
        var start = ThreadCpu.NowMicros();
        work();
        best = Math.Min(best, ThreadCpu.NowMicros() - start);
    }

    return best;
}

static string Breakdown(IEnumerable<ObservedAlert> alerts)
{
    var groups = alerts.GroupBy(a => a.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}").ToList();
    return groups.Count == 0 ? "none" : string.Join(", ", groups);
}

double Arg(string name, double fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
