using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Vigil.Dashboard.Charts;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Tests.Charts;

public sealed class SvgChartTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_line_chart_draws_one_polyline_per_series_with_a_point_per_bucket_scaled_to_a_round_maximum()
    {
        var x = Enumerable.Range(0, 4).Select(i => T0.AddMinutes(i)).ToList();

        var svg = Html(SvgChart.Lines("c", "Latency", x, [new("p50", "#000", [1, 2, 3, 4]), new("p99", "#111", [10, 20, 30, 37])], " ms"));

        var polylines = Regex.Matches(svg, "<polyline[^>]*points=\"([^\"]+)\"");
        Assert.Equal(2, polylines.Count);
        Assert.All(polylines, p => Assert.Equal(4, p.Groups[1].Value.Split(' ').Length));
        Assert.Contains("data-total=\"107\"", svg, StringComparison.Ordinal);
        Assert.Contains(">50 ms</text>", svg, StringComparison.Ordinal); // axis top: 37 rounds up to 50, halfway line 25
        Assert.Contains("aria-label=\"Latency: p50 peak 4 ms, p99 peak 37 ms\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Stacked_bars_skip_empty_buckets_and_stack_levels()
    {
        var x = Enumerable.Range(0, 3).Select(i => T0.AddMinutes(i)).ToList();

        var svg = Html(SvgChart.StackedBars("t", "Threats", x, [new("high", "#c00", [1, 0, 2]), new("low", "#cc0", [3, 0, 0])], ""));

        Assert.Equal(3, Regex.Matches(svg, "<rect x=").Count);
        Assert.Contains("data-total=\"6\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_encoded_and_an_empty_chart_renders()
    {
        var svg = Html(SvgChart.Lines("e", "<script>x</script>", [], [new("<b>", "#000", [])], ""));

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("data-total=\"0\"", svg, StringComparison.Ordinal);
        Assert.Contains(">1</text>", svg, StringComparison.Ordinal); // a 0–1 axis, not three zeros
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.07, 0.1)]
    [InlineData(1, 1)]
    [InlineData(37, 50)]
    [InlineData(101, 200)]
    [InlineData(240, 250)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    public void Axis_maximum_is_a_round_number_at_or_above_the_data(double value, double expected) =>
        Assert.Equal(expected, SvgChart.NiceCeiling(value), 6);

    [Theory]
    [InlineData("24h", "24h")]
    [InlineData("7D", "7d")]
    [InlineData("nonsense", "24h")]
    [InlineData(null, "24h")]
    public void An_unknown_range_falls_back_to_the_default(string? key, string expected) => Assert.Equal(expected, RangeChoice.Parse(key).Key);

    [Fact]
    public void A_range_ends_at_the_next_whole_minute_and_spans_its_length()
    {
        var range = RangeChoice.Parse("1h").EndingAt(T0.AddSeconds(90));

        Assert.Equal(T0.AddMinutes(2), range.To);
        Assert.Equal(TimeSpan.FromHours(1), range.Length);
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
