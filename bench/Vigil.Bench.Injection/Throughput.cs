using System.Diagnostics;
using System.Globalization;

namespace Vigil.Bench.Injection;

/// <summary>Single-thread (per core) throughput and allocation per value of one operation over a fixed mix.</summary>
internal static class Throughput
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1.5);

    public readonly record struct Result(string Name, double ValuesPerSecond, double BytesPerValue);

    public static Result Measure(string name, IReadOnlyList<string> values, Func<string, bool> operation)
    {
        // Warm up: tier the code and fill caches.
        for (int i = 0; i < 3; i++)
        {
            Pass(values, operation);
        }

        long calls = 0;
        long allocated = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Budget)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Pass(values, operation);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            calls += values.Count;
        }

        clock.Stop();
        return new Result(name, calls / clock.Elapsed.TotalSeconds, (double)allocated / calls);
    }

    public static void Print(Result r) => Console.WriteLine(
        $"  {r.Name,-60} {r.ValuesPerSecond.ToString("N0", CultureInfo.InvariantCulture),14} values/s   " +
        $"{r.BytesPerValue.ToString("F1", CultureInfo.InvariantCulture),8} B/value");

    private static int Pass(IReadOnlyList<string> values, Func<string, bool> operation)
    {
        int hits = 0;
        for (int i = 0; i < values.Count; i++)
        {
            hits += operation(values[i]) ? 1 : 0;
        }

        return hits;
    }
}
