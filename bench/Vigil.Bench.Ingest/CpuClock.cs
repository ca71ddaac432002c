using System.Diagnostics;

namespace Vigil.Bench.Ingest;

/// <summary>
/// CPU time of the whole process (all threads, GC included) between two points. On a loaded machine wall time
/// measures the neighbours; CPU time per event measures us.
/// </summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _cpu;
    private readonly long _wall;

    private CpuClock(TimeSpan cpu, long wall) => (_cpu, _wall) = (cpu, wall);

    public static CpuClock Start() => new(Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp());

    public TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime - _cpu;

    public TimeSpan Wall => Stopwatch.GetElapsedTime(_wall);

    public double MicrosPer(int items) => Cpu.TotalMicroseconds / items;
}
