using System.Diagnostics;

namespace Vigil.Bench.SdkOverhead;

/// <summary>All measured runs of one variant, merged: throughput over the total window, latency percentiles over all requests.</summary>
internal sealed class VariantStats(Variant variant)
{
    private readonly List<long> _latencies = [];
    private readonly List<double> _roundRates = [];
    private long _requests;
    private double _seconds;
    private TimeSpan _cpu;
    private TimeSpan _gcPause;
    private long _allocated;
    private SdkCounters _sdk = new(0, 0, 0, TimeSpan.Zero);

    public Variant Variant => variant;

    public long Failures { get; private set; }

    public int Gen2Collections { get; private set; }

    /// <summary>Share of the measured wall time the runtime spent paused for garbage collection.</summary>
    public double GcPauseShare => _gcPause.TotalSeconds / _seconds;

    public IReadOnlyList<double> RoundRates => _roundRates;

    public double RequestsPerSecond => _requests / _seconds;

    /// <summary>Process CPU per completed request, load generator included (the same for every variant).</summary>
    public double CpuMicrosecondsPerRequest => _cpu.TotalMicroseconds / _requests;

    /// <summary>Bytes allocated in the process per completed request (client and server included, like the CPU figure).</summary>
    public double AllocatedBytesPerRequest => (double)_allocated / _requests;

    /// <summary>The SDK's counters over this variant's runs (each run plus the drain after it); zero for non-Vigil variants.</summary>
    public SdkCounters Sdk => _sdk;

    public void AddSdk(SdkCounters delta) => _sdk += delta;

    public void Add(RunResult run)
    {
        _allocated += run.AllocatedBytes;
        _requests += run.Requests;
        _seconds += run.Duration.TotalSeconds;
        _cpu += run.Cpu;
        _gcPause += run.GcPause;
        Gen2Collections += run.Gen2;
        _roundRates.Add(run.Requests / run.Duration.TotalSeconds);
        _latencies.AddRange(run.LatencyTicks);
        Failures += run.Failures;
    }

    public double PercentileMicroseconds(double percentile)
    {
        _latencies.Sort();
        if (_latencies.Count == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Clamp(Math.Ceiling(percentile / 100 * _latencies.Count) - 1, 0, _latencies.Count - 1);
        return _latencies[index] * 1_000_000.0 / Stopwatch.Frequency;
    }
}
