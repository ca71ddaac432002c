namespace Vigil.Bench.Masking;

/// <summary>
/// Times one operation: warm-up until tiered JIT settles, then several repeats of many calls each, reporting the
/// median repeat. The median, not the mean, because other builds share the machine and a preempted repeat is an outlier.
/// </summary>
internal static class Measure
{
    public sealed record Result(string Name, double MicrosPerOp, double MinMicrosPerOp, double WallMicrosPerOp, double BytesPerOp);

    public static Result Run(string name, Action op, int repeats, TimeSpan repeatTarget)
    {
        // Tier-0 → tier-1 with dynamic PGO needs a few hundred ms of calls; less and the first repeats measure the JIT.
        var rate = WarmUp(op, TimeSpan.FromMilliseconds(500));

        // Enough calls per repeat that the timer's resolution and loop overhead vanish.
        var perRepeat = Math.Max(1, (long)(rate * repeatTarget.TotalSeconds));
        var micros = new double[repeats];
        var wall = new double[repeats];
        var bytes = new double[repeats];
        for (var r = 0; r < repeats; r++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var cpu = ThreadCpu.NowMicros();
            for (var i = 0L; i < perRepeat; i++)
            {
                op();
            }

            micros[r] = (ThreadCpu.NowMicros() - cpu) / perRepeat;
            wall[r] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds / perRepeat;
            bytes[r] = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)perRepeat;
        }

        return new Result(name, Median(micros), micros.Min(), Median(wall), Median(bytes));
    }

    /// <summary>Calls <paramref name="op"/> for <paramref name="duration"/>; returns calls per second.</summary>
    public static double WarmUp(Action op, TimeSpan duration)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var calls = 0L;
        while (watch.Elapsed < duration)
        {
            op();
            calls++;
        }

        return calls / watch.Elapsed.TotalSeconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
