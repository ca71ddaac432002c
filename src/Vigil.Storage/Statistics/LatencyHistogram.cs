using System.Buffers.Binary;

namespace Vigil.Storage.Statistics;

/// <summary>
/// A fixed-size log-scale histogram of latencies. Buckets grow by 5% from 0.01 ms to a day, so any percentile
/// read from it is within ±2.5% of the true value while the whole distribution of an endpoint fits in a few
/// hundred counters — an endpoint's p99 needs no scan of its events.
/// </summary>
public sealed class LatencyHistogram
{
    private const double MinMs = 0.01;
    private const double Growth = 1.05;
    private static readonly double LogGrowth = Math.Log(Growth);
    private const double MaxMs = 24 * 3600 * 1000.0;
    private static readonly int BucketCount = (int)Math.Ceiling(Math.Log(MaxMs / MinMs) / LogGrowth) + 1;

    private readonly long[] _counts = new long[BucketCount];

    public long Count { get; private set; }

    public void Record(double milliseconds)
    {
        _counts[IndexOf(milliseconds)]++;
        Count++;
    }

    public void Merge(LatencyHistogram other)
    {
        for (var i = 0; i < BucketCount; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
    }

    /// <summary>The latency below which <paramref name="percentile"/> (0–100) of the recorded values fall; 0 when empty.</summary>
    public double Percentile(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(Math.Clamp(percentile, 0, 100) / 100 * Count);
        rank = Math.Max(rank, 1);
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Midpoint(i);
            }
        }

        return Midpoint(BucketCount - 1);
    }

    /// <summary>Sparse binary form: (bucket index u16, count i64) for every non-empty bucket.</summary>
    public byte[] ToBytes()
    {
        var nonEmpty = 0;
        foreach (var c in _counts)
        {
            if (c != 0)
            {
                nonEmpty++;
            }
        }

        var bytes = new byte[nonEmpty * 10];
        var at = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            if (_counts[i] == 0)
            {
                continue;
            }

            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)i);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at + 2), _counts[i]);
            at += 10;
        }

        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/> output; entries that are out of range (a corrupt row) are ignored.</summary>
    public static LatencyHistogram FromBytes(ReadOnlySpan<byte> bytes)
    {
        var histogram = new LatencyHistogram();
        histogram.MergeBytes(bytes);
        return histogram;
    }

    /// <summary>
    /// Adds a <see cref="ToBytes"/> form in place, touching only its non-empty buckets: the dashboard merges a week of
    /// per-minute histograms (10,080) per chart, where building each one and merging every bucket cost most of the page.
    /// </summary>
    public void MergeBytes(ReadOnlySpan<byte> bytes)
    {
        for (var at = 0; at + 10 <= bytes.Length; at += 10)
        {
            var index = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
            var count = BinaryPrimitives.ReadInt64LittleEndian(bytes[(at + 2)..]);
            if (index < BucketCount && count > 0)
            {
                _counts[index] += count;
                Count += count;
            }
        }
    }

    private static int IndexOf(double ms)
    {
        if (!(ms > MinMs))
        {
            return 0;
        }

        // Clamp as a double: a huge or infinite value would overflow the int cast.
        var index = Math.Floor(Math.Log(Math.Min(ms, MaxMs) / MinMs) / LogGrowth) + 1;
        return (int)Math.Min(index, BucketCount - 1);
    }

    // Bucket i (i >= 1) holds values in (MinMs * g^(i-1), MinMs * g^i]; report its geometric middle.
    private static double Midpoint(int index) =>
        index == 0 ? MinMs : MinMs * Math.Pow(Growth, index - 0.5);
}
