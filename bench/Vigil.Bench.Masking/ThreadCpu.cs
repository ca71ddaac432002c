using System.Runtime.InteropServices;

namespace Vigil.Bench.Masking;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared 2-core machine with a load
/// of 6-7 wall time swung 2-4x between runs of the same build; the thread's own CPU time excludes time spent
/// descheduled, so it is the number to compare. Falls back to wall time elsewhere.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryNow(out _);

    public static bool IsAvailable => Available;

    /// <summary>Thread CPU time in microseconds, or wall time when unavailable.</summary>
    public static double NowMicros()
    {
        if (Available && TryNow(out var micros))
        {
            return micros;
        }

        return System.Diagnostics.Stopwatch.GetTimestamp() * 1e6 / System.Diagnostics.Stopwatch.Frequency;
    }

    private static bool TryNow(out double micros)
    {
        micros = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            micros = spec.Seconds * 1e6 + spec.Nanoseconds / 1e3;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec spec);
}
