using System.Collections.Concurrent;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>Lock-free tallies of a run, read as <see cref="DemoTrafficStats"/> snapshots.</summary>
internal sealed class TrafficCounters(TimeProvider time)
{
    private const int FailedSlot = 5;

    private readonly ConcurrentDictionary<string, long[]> _byEndpoint = new(StringComparer.Ordinal);
    private readonly long[] _total = new long[6];
    private readonly long _startedAt = time.GetTimestamp();
    private long _abandonedVisits;

    public long Completed => Interlocked.Read(ref _total[0]) + Interlocked.Read(ref _total[1]) + Interlocked.Read(ref _total[2])
        + Interlocked.Read(ref _total[3]) + Interlocked.Read(ref _total[4]) + Interlocked.Read(ref _total[5]);

    public void RecordStatus(string endpoint, int status) => Increment(endpoint, Math.Clamp(status / 100, 1, 5) - 1);

    public void RecordFailure(string endpoint) => Increment(endpoint, FailedSlot);

    public void RecordAbandonedVisit() => Interlocked.Increment(ref _abandonedVisits);

    public DemoTrafficStats Snapshot() => new(
        Read(_total),
        _byEndpoint.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => Read(e.Value), StringComparer.Ordinal),
        Interlocked.Read(ref _abandonedVisits),
        time.GetElapsedTime(_startedAt));

    private void Increment(string endpoint, int slot)
    {
        Interlocked.Increment(ref _total[slot]);
        Interlocked.Increment(ref _byEndpoint.GetOrAdd(endpoint, static _ => new long[6])[slot]);
    }

    private static StatusClassCounts Read(long[] slots) => new(
        Interlocked.Read(ref slots[0]),
        Interlocked.Read(ref slots[1]),
        Interlocked.Read(ref slots[2]),
        Interlocked.Read(ref slots[3]),
        Interlocked.Read(ref slots[4]),
        Interlocked.Read(ref slots[FailedSlot]));
}
