namespace Vigil.Detection.Behaviour.Windows;

/// <summary>
/// Counts of one subject per bucket (10 s or a minute) with a robust baseline: the median and MAD of the trailing
/// history (so one earlier burst does not raise the bar, as a mean would) and a seasonal mean per hour of day (so
/// the morning rush is compared with yesterday's morning, not with the night). The baseline moves once per bucket,
/// so each event costs O(1); <see cref="Recent"/> slides over bucket edges so a burst is seen within one bucket span.
/// </summary>
internal sealed class RateSeries
{
    private readonly int _length;
    private readonly long _bucketTicks;
    private readonly int[] _history;
    private readonly double[] _seasonal = new double[24];
    private readonly long[] _seasonalSince = Enumerable.Repeat(long.MaxValue, 24).ToArray();
    private long _minute = long.MinValue;
    private int _previous;

    /// <param name="bucket">The span of one count (10 s for endpoints, 1 minute for clients).</param>
    /// <param name="history">Buckets of history behind the baseline (an hour: 360 of 10 s, 60 of a minute).</param>
    public RateSeries(TimeSpan bucket, int history)
    {
        _length = history;
        _bucketTicks = bucket.Ticks;
        _history = new int[history];
    }
    private int _filled;
    private int _next;

    public int Current { get; private set; }

    /// <summary>Buckets of history behind the current one.</summary>
    public int HistoryBuckets => _filled;

    /// <summary>_length as a span of time.</summary>
    public TimeSpan HistorySpan => TimeSpan.FromTicks(_filled * _bucketTicks);

    /// <summary>The trailing median per bucket, as of the start of the current bucket.</summary>
    public double Median { get; private set; }

    /// <summary>The trailing median absolute deviation.</summary>
    public double Mad { get; private set; }

    /// <summary>The mean per bucket of this hour of day over past days, or null before a day has passed.</summary>
    public double? Seasonal { get; private set; }

    /// <summary>
    /// The count over the last bucket span: the current bucket plus the part of the previous one still inside
    /// the span (the usual sliding-window estimate).
    /// </summary>
    public double Recent(DateTimeOffset at)
    {
        var into = (at.UtcTicks % _bucketTicks) / (double)_bucketTicks;
        return Current + (_previous * (1 - into));
    }

    /// <summary>Counts one event at <paramref name="at"/>; true when a new bucket began (the baseline moved).</summary>
    public bool Add(DateTimeOffset at, int amount = 1)
    {
        var minute = at.UtcTicks / _bucketTicks;
        var rolled = false;
        if (minute > _minute)
        {
            Roll(minute);
            rolled = true;
        }
        else if (minute < _minute)
        {
            return false; // late by a bucket or more: counted nowhere rather than in the wrong bucket
        }

        Current += amount;
        return rolled;
    }

    /// <summary>The count a minute must reach to stand out: z robust deviations, and factor times the medians.</summary>
    public double Threshold(double z, double factor, int floor)
    {
        var robust = Median + (z * 1.4826 * Math.Max(Mad, 1));
        var relative = factor * Math.Max(Median, Seasonal ?? 0);
        return Math.Max(floor, Math.Max(robust, relative));
    }

    private void Roll(long minute)
    {
        if (_minute != long.MinValue)
        {
            var gap = Math.Min(minute - _minute, _length);
            Push(Current);
            for (var i = 1; i < gap; i++)
            {
                Push(0);
            }

            var hour = HourOfDay(_minute);
            var first = _seasonalSince[hour] == long.MaxValue;
            _seasonal[hour] = first ? Current : (0.98 * _seasonal[hour]) + (0.02 * Current);
            _seasonalSince[hour] = Math.Min(_seasonalSince[hour], Day(_minute));
            _previous = minute - _minute == 1 ? Current : 0;
        }

        _minute = minute;
        Current = 0;
        Recompute(HourOfDay(minute), Day(minute));
    }

    private void Push(int count)
    {
        _history[_next] = count;
        _next = (_next + 1) % _length;
        _filled = Math.Min(_filled + 1, _length);
    }

    private void Recompute(int hour, long day)
    {
        if (_filled == 0)
        {
            Median = Mad = 0;
            return;
        }

        Span<int> values = stackalloc int[_filled];
        _history.AsSpan(0, _filled).CopyTo(values);
        values.Sort();
        Median = MedianOf(values);
        Span<double> deviations = stackalloc double[_filled];
        for (var i = 0; i < _filled; i++)
        {
            deviations[i] = Math.Abs(values[i] - Median);
        }

        deviations.Sort();
        Mad = deviations.Length % 2 == 1 ? deviations[deviations.Length / 2] : (deviations[(deviations.Length / 2) - 1] + deviations[deviations.Length / 2]) / 2;
        // Only a slot begun on an earlier day describes this hour of day rather than the last few minutes.
        Seasonal = _seasonalSince[hour] < day ? _seasonal[hour] : null;
    }

    private int HourOfDay(long bucket) => (int)(bucket * _bucketTicks / TimeSpan.TicksPerHour % 24);

    private long Day(long bucket) => bucket * _bucketTicks / TimeSpan.TicksPerDay;

    private static double MedianOf(Span<int> sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
}
