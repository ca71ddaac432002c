namespace Vigil.Detection.Behaviour.Windows;

/// <summary>
/// A count over a sliding window of event time, kept in a ring of buckets (Polly's RollingHealthMetrics shape):
/// O(1) per event, fixed memory. Events older than the window are ignored; a late event inside it lands in its bucket.
/// </summary>
internal sealed class WindowCounter
{
    private readonly long[] _buckets;
    private readonly long _bucketTicks;
    private long _head = long.MinValue;
    private long _total;

    public WindowCounter(TimeSpan window, int buckets = 10)
    {
        _buckets = new long[buckets];
        _bucketTicks = Math.Max(1, window.Ticks / buckets);
    }

    /// <summary>Adds <paramref name="amount"/> at <paramref name="at"/> and returns the window's total.</summary>
    public long Add(DateTimeOffset at, long amount = 1)
    {
        var index = at.UtcTicks / _bucketTicks;
        Advance(index);
        if (index > _head - _buckets.Length)
        {
            _buckets[(int)(index % _buckets.Length)] += amount;
            _total += amount;
        }

        return _total;
    }

    public long Total(DateTimeOffset at)
    {
        Advance(at.UtcTicks / _bucketTicks);
        return _total;
    }

    private void Advance(long index)
    {
        if (index <= _head)
        {
            return;
        }

        if (_head == long.MinValue || index - _head >= _buckets.Length)
        {
            Array.Clear(_buckets);
            _total = 0;
        }
        else
        {
            for (var i = _head + 1; i <= index; i++)
            {
                var slot = (int)(i % _buckets.Length);
                _total -= _buckets[slot];
                _buckets[slot] = 0;
            }
        }

        _head = index;
    }
}
