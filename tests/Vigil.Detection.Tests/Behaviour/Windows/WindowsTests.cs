using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Tests.Behaviour.Windows;

public sealed class WindowsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Window_counter_forgets_what_slid_out_and_ignores_what_is_older()
    {
        var counter = new WindowCounter(TimeSpan.FromMinutes(10));
        for (var i = 0; i < 10; i++)
        {
            counter.Add(T0.AddMinutes(i));
        }

        Assert.Equal(10, counter.Total(T0.AddMinutes(9)));
        Assert.Equal(5, counter.Total(T0.AddMinutes(14)));
        Assert.Equal(5, counter.Add(T0.AddMinutes(1))); // too old: not counted
        Assert.Equal(0, counter.Total(T0.AddHours(3)));
    }

    [Fact]
    public void Bounded_map_evicts_the_least_recently_touched()
    {
        var map = new BoundedMap<string, int>(3);
        map.GetOrAdd("a", () => 1);
        map.GetOrAdd("b", () => 2);
        map.GetOrAdd("c", () => 3);
        map.GetOrAdd("a", () => 99);
        map.GetOrAdd("d", () => 4);

        Assert.Equal(3, map.Count);
        Assert.True(map.TryGet("a", out var a) && a == 1);
        Assert.False(map.TryGet("b", out _));
        Assert.Equal(1, map.Evicted);
    }

    [Fact]
    public void Recent_distinct_saturates_at_its_cap_and_expires()
    {
        var set = new RecentDistinct(TimeSpan.FromMinutes(5), cap: 10);
        for (var i = 0; i < 50; i++)
        {
            set.Add(i.ToString(), T0.AddSeconds(i));
        }

        Assert.Equal(10, set.Count);
        Assert.Equal(1, set.Add("late", T0.AddHours(1)));
    }

    [Fact]
    public void Minute_series_baseline_is_robust_to_one_earlier_burst()
    {
        var series = new RateSeries(TimeSpan.FromMinutes(1), 60);
        for (var minute = 0; minute < 40; minute++)
        {
            series.Add(T0.AddMinutes(minute), minute == 20 ? 5000 : 10);
        }

        series.Add(T0.AddMinutes(40));
        Assert.Equal(10, series.Median);
        Assert.InRange(series.Threshold(8, 5, 0), 50, 200);
    }

    [Fact]
    public void Detector_memory_is_bounded_by_configuration_whatever_the_number_of_clients()
    {
        var options = new BehaviourOptions { MaxClients = 500, MaxEndpoints = 500 };
        var engine = new BehaviourEngine(options);
        var before = GC.GetTotalMemory(true);
        for (var i = 0; i < 200_000; i++)
        {
            engine.Observe(Stream.Event("GET /orders/{id}", client: $"ip:10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", objectId: i.ToString()) with { Timestamp = T0.AddMilliseconds(i) });
        }

        var grown = GC.GetTotalMemory(true) - before;
        // 200k distinct clients with 500-entry tables: a few MB at most, not hundreds.
        Assert.InRange(grown, long.MinValue, 32L * 1024 * 1024);
    }
}
