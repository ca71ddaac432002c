using System.Runtime.InteropServices;

namespace Vigil.AspNetCore.Shipping.Threading;

/// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, ~50 ns a call); null elsewhere.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    public static TimeSpan? Now()
    {
        if (s_unavailable)
        {
            return null;
        }

        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) == 0)
            {
                return TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }

        return null;
    }

    // C long for both fields (time_t and long): 64-bit on 64-bit Linux, 32-bit on 32-bit ARM with a 32-bit time_t.
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec spec);
}
