using System.Diagnostics;
using Vigil.Scan;

namespace Vigil.Bench.Scan;

/// <summary>
/// Inventory + taint + every analyzer over this repository's own src/, samples/ and tests/ (real C#, not generated), after
/// one warm-up run that loads the reference assemblies. Serial (one thread) and parallel (one per core) runs alternate in
/// the same session, so a burst from the other builds sharing the machine hits both; PASS/MISS is on the parallel wall figure.
/// </summary>
internal static class Speed
{
    private const int Pairs = 4;
    private const double TargetLinesPerSecond = 20_000;

    public static void Print(string root)
    {
        Console.WriteLine();
        Console.WriteLine("== Speed: inventory + taint + analyzers, whole-repository scan (warm) ==");
        var target = Path.Combine(root, "Vigil.slnx");
        var serial = new Scanner(TimeProvider.System, parallelism: 1);
        var parallel = new Scanner(TimeProvider.System);
        _ = parallel.Scan(target);
        var serialRuns = new List<Run>();
        var parallelRuns = new List<Run>();
        for (var i = 0; i < Pairs; i++)
        {
            // Which goes first alternates too: a warm cache or a burst of load should not always favour the same one.
            if (i % 2 == 0)
            {
                serialRuns.Add(Run.Of(serial, target));
                parallelRuns.Add(Run.Of(parallel, target));
            }
            else
            {
                parallelRuns.Add(Run.Of(parallel, target));
                serialRuns.Add(Run.Of(serial, target));
            }
        }

        var s = Median(serialRuns);
        var p = Median(parallelRuns);
        Console.WriteLine($"target: Vigil.slnx — {p.Result.Files:N0} files, {p.Result.Lines:N0} lines, {p.Result.Endpoints.Count} endpoints, {p.Result.Findings.Count} findings");
        Console.WriteLine($"cores: {Environment.ProcessorCount}; parallel runs use {Environment.ProcessorCount} threads, serial runs 1; {Pairs} pairs alternated, medians by wall time");
        Print("serial", serialRuns, s);
        Print("parallel", parallelRuns, p);
        Console.WriteLine($"parallel / serial: {s.Seconds / p.Seconds:0.00}x wall, {s.CpuSeconds / p.CpuSeconds:0.00}x CPU (above 1: the parallel run spent less CPU)");
        Console.WriteLine($"phases (parallel median): {string.Join(", ", p.Result.Phases.Select(x => $"{x.Name} {x.Elapsed.TotalSeconds:0.00}s"))}");
        var wall = p.Result.Lines / p.Seconds;
        Console.WriteLine($"speed: {wall:N0} lines/s wall (target ≥ {TargetLinesPerSecond:N0}) — {(wall >= TargetLinesPerSecond ? "PASS" : "MISS")}; {p.Result.Lines / p.CpuSeconds:N0} lines per CPU-second");
        Console.WriteLine($"load average (1, 5, 15 min) after the runs: {LoadAverage()} on {Environment.ProcessorCount} cores");
    }

    private static void Print(string name, List<Run> runs, Run median) =>
        Console.WriteLine($"{name,-9} runs {string.Join(", ", runs.Select(r => $"{r.Seconds:0.00}s"))}; median {median.Seconds:0.00}s wall, {median.CpuSeconds:0.00}s CPU: "
            + $"{median.Result.Lines / median.Seconds:N0} lines/s wall, {median.Result.Lines / median.CpuSeconds:N0} lines per CPU-second; load {median.Load} at its end");

    private static Run Median(List<Run> runs) => runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);

    // The machine is shared; a load above the core count stretches every wall figure above.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Run(double Seconds, double CpuSeconds, ScanResult Result, string Load)
    {
        public static Run Of(Scanner scanner, string target)
        {
            // Full collections between runs so one run's garbage is not charged to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = scanner.Scan(target);
            return new(watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, result, LoadAverage().Split(',')[0]);
        }
    }
}
