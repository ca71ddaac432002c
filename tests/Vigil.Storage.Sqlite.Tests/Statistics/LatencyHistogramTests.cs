using Vigil.Storage.Statistics;

namespace Vigil.Storage.Sqlite.Tests.Statistics;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_are_within_three_percent_of_exact_values()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Exp(random.NextDouble() * 8)).ToArray();
        var histogram = new LatencyHistogram();
        foreach (var v in values)
        {
            histogram.Record(v);
        }

        Array.Sort(values);
        foreach (var p in new[] { 50.0, 95, 99 })
        {
            var exact = values[(int)Math.Ceiling(p / 100 * values.Length) - 1];
            Assert.InRange(histogram.Percentile(p), exact * 0.97, exact * 1.03);
        }
    }

    [Fact]
    public void Round_trips_through_bytes_and_merges()
    {
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        a.Record(1);
        a.Record(1000);
        b.Record(5);

        var merged = LatencyHistogram.FromBytes(a.ToBytes());
        merged.Merge(b);

        Assert.Equal(3, merged.Count);
        Assert.InRange(merged.Percentile(50), 4.8, 5.2);
        Assert.InRange(merged.Percentile(100), 970, 1030);
    }

    [Fact]
    public void Extreme_and_corrupt_inputs_do_not_throw()
    {
        var h = new LatencyHistogram();
        h.Record(double.NaN);
        h.Record(-5);
        h.Record(double.MaxValue);
        Assert.Equal(3, h.Count);
        Assert.Equal(0, LatencyHistogram.FromBytes([1, 2, 3, 255, 255, 0, 0, 0, 0, 0, 0, 0, 9]).Count);
        Assert.Equal(0, new LatencyHistogram().Percentile(99));
    }
}
