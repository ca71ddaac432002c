namespace Vigil.Detection.Behaviour.Windows;

/// <summary>
/// Per-minute counts of one subject with a robust baseline: the median and MAD of the trailing hour (so one earlier
/// burst does not raise the bar, as a mean would) and a seasonal mean per hour of day (so the morning rush is
/// compared with yesterday's morning, not with the night). The threshold is computed once per minute, so each
/// event costs O(1).
/// </summary>
internal sealed class MinuteSeries
{
    private const int History = 60;
    private readonly int[] _history = new int[History];
    private readonly double[] _seasonal = new double[24];
    private readonly long[] _seasonalSince = Enumerable.Repeat(long.MaxValue, 24).ToArray();
    private long _minute = long.MinValue;
    private int _filled;
    private int _next;

    public int Current { get; private set; }

    /// <summary>Minutes of history behind the current one (at most an hour).</summary>
    public int HistoryMinutes => _filled;

    /// <summary>The trailing hour's median per minute, as of the start of the current minute.</summary>
    public double Median { get; private set; }

    /// <summary>The trailing hour's median absolute deviation.</summary>
    public double Mad { get; private set; }

    /// <summary>The mean per minute of this hour of day over past days, or null before a day has passed.</summary>
    public double? Seasonal { get; private set; }

    /// <summary>Counts one event at <paramref name="at"/>; true when a new minute began (the baseline moved).</summary>
    public bool Add(DateTimeOffset at, int amount = 1)
    {
        var minute = at.UtcTicks / TimeSpan.TicksPerMinute;
        var rolled = false;
        if (minute > _minute)
        {
            Roll(minute);
            rolled = true;
        }
        else if (minute < _minute)
        {
            return false; // late by a minute or more: counted nowhere rather than in the wrong minute
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
            var gap = Math.Min(minute - _minute, History);
            Push(Current);
            for (var i = 1; i < gap; i++)
            {
                Push(0);
            }

            var hour = (int)(_minute / 60 % 24);
            var first = _seasonalSince[hour] == long.MaxValue;
            _seasonal[hour] = first ? Current : (0.95 * _seasonal[hour]) + (0.05 * Current);
            _seasonalSince[hour] = Math.Min(_seasonalSince[hour], _minute / 1440);
        }

        _minute = minute;
        Current = 0;
        Recompute((int)(minute / 60 % 24), minute / 1440);
    }

    private void Push(int count)
    {
        _history[_next] = count;
        _next = (_next + 1) % History;
        _filled = Math.Min(_filled + 1, History);
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

    private static double MedianOf(Span<int> sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
}
