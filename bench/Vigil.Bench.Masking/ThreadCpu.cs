using System.Diagnostics;
using SdkThreadCpu = Vigil.AspNetCore.Shipping.Threading.ThreadCpu;

namespace Vigil.Bench.Masking;

/// <summary>
/// CPU time of the calling thread (the SDK's Linux <c>CLOCK_THREAD_CPUTIME_ID</c> reader, linked in as source). On a
/// shared 2-core machine with a load of 6-7 wall time swung 2-4x between runs of the same build; the thread's own CPU
/// time excludes time spent descheduled, so it is the number to compare. Falls back to wall time elsewhere.
/// </summary>
internal static class ThreadCpu
{
    public static bool IsAvailable { get; } = SdkThreadCpu.Now() is not null;

    /// <summary>Thread CPU time in microseconds, or wall time when unavailable.</summary>
    public static double NowMicros() =>
        SdkThreadCpu.Now()?.TotalMicroseconds ?? Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
}
