using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Vigil.Dashboard.Charts;

/// <summary>
/// Charts as server-rendered SVG: no script, readable without colour (a legend names each series), scaled to the
/// largest value with a labelled axis. <c>data-total</c> carries the sum plotted, for tests and for screen readers
/// the <c>aria-label</c> summarises the chart.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int Height = 200;
    private const int Left = 52;
    private const int Right = 8;
    private const int Top = 10;
    private const int Bottom = 24;

    public static IHtmlContent Lines(string id, string title, IReadOnlyList<DateTimeOffset> x, IReadOnlyList<ChartSeries> series, string unit) =>
        Render(id, title, x, series, unit, stacked: false);

    public static IHtmlContent StackedBars(string id, string title, IReadOnlyList<DateTimeOffset> x, IReadOnlyList<ChartSeries> series, string unit) =>
        Render(id, title, x, series, unit, stacked: true);

    private static IHtmlContent Render(string id, string title, IReadOnlyList<DateTimeOffset> x, IReadOnlyList<ChartSeries> series, string unit, bool stacked)
    {
        var n = x.Count;
        var max = n == 0 || series.Count == 0 ? 0
            : stacked ? Enumerable.Range(0, n).Max(i => series.Sum(s => s.Values[i]))
            : series.Max(s => s.Values.DefaultIfEmpty(0).Max());
        var top = Math.Max(NiceCeiling(max), 1); // an empty chart still gets a readable 0–1 axis
        var total = series.Sum(s => s.Values.Sum());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (n <= 1 ? 0 : plotW * i / (double)(n - 1));
        double Y(double v) => Top + plotH - (plotH * v / top);

        var svg = new StringBuilder();
        var summary = $"{title}: {string.Join(", ", series.Select(s => $"{s.Name} peak {Format(s.Values.DefaultIfEmpty(0).Max())}{unit}"))}";
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{Encode(title)}</figcaption>");
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{Encode(id)}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(summary)}\" data-total=\"{Format(total)}\" data-points=\"{n}\" preserveAspectRatio=\"none\">");
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var y = Y(top * fraction);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#dee2e6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"axis\">{Encode(Format(top * fraction))}{Encode(unit)}</text>");
        }

        if (n > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\" class=\"axis\">{x[0]:MM-dd HH:mm}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\" class=\"axis\">{x[^1]:MM-dd HH:mm}</text>");
        }

        if (stacked)
        {
            var barW = Math.Max(plotW / (double)Math.Max(n, 1) - 1, 1);
            var baseline = new double[n];
            foreach (var s in series)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{s.Colour}\" data-series=\"{Encode(s.Name)}\">");
                for (var i = 0; i < n; i++)
                {
                    if (s.Values[i] <= 0)
                    {
                        continue;
                    }

                    var x0 = Left + (plotW * i / (double)n);
                    var y1 = Y(baseline[i] + s.Values[i]);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0:0.#}\" y=\"{y1:0.#}\" width=\"{barW:0.#}\" height=\"{Y(baseline[i]) - y1:0.#}\"><title>{x[i]:MM-dd HH:mm} {Encode(s.Name)}: {Format(s.Values[i])}</title></rect>");
                    baseline[i] += s.Values[i];
                }

                svg.Append("</g>");
            }
        }
        else
        {
            foreach (var s in series)
            {
                var points = string.Join(' ', Enumerable.Range(0, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(s.Values[i]):0.#}")));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\" points=\"{points}\" data-series=\"{Encode(s.Name)}\"/>");
            }
        }

        svg.Append("</svg><ul class=\"legend\">");
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"{s.Colour}\"/></svg> {Encode(s.Name)}</li>");
        }

        svg.Append("</ul></figure>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A tiny line of hourly counts for a table cell.</summary>
    public static IHtmlContent Sparkline(IReadOnlyList<long> values, string label)
    {
        const int w = 96, h = 20;
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), 1);
        var points = string.Join(' ', values.Select((v, i) => string.Create(CultureInfo.InvariantCulture,
            $"{(values.Count <= 1 ? 0 : w * i / (double)(values.Count - 1)):0.#},{h - 1 - ((h - 2) * v / (double)max):0.#}")));
        return new HtmlString($"<svg class=\"spark\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{Encode(label)}\" data-total=\"{values.Sum()}\"><polyline fill=\"none\" stroke=\"#1c7ed6\" stroke-width=\"1.5\" points=\"{points}\"/></svg>");
    }

    /// <summary>A horizontal bar proportional to <paramref name="value"/> out of <paramref name="max"/>.</summary>
    public static IHtmlContent Bar(double value, double max, string colour = "#1c7ed6")
    {
        var width = max <= 0 ? 0 : Math.Round(120 * value / max, 1);
        return new HtmlString(string.Create(CultureInfo.InvariantCulture, $"<svg class=\"bar\" width=\"120\" height=\"10\" aria-hidden=\"true\"><rect width=\"{width}\" height=\"10\" fill=\"{colour}\"/></svg>"));
    }

    internal static double NiceCeiling(double value)
    {
        if (value <= 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.First(s => s * magnitude >= value);
        return step * magnitude;
    }

    private static string Format(double value) =>
        value >= 100 || value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
