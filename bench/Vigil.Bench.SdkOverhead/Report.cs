using System.Globalization;
using System.Text;

namespace Vigil.Bench.SdkOverhead;

/// <summary>The printed result: one row per variant against bare, then the SDK's targets with PASS/MISS.</summary>
internal static class Report
{
    public const double MaxThroughputLoss = 0.05;
    public const double MaxAddedMedianMicroseconds = 50;

    public static string Render(IReadOnlyList<VariantStats> stats)
    {
        var bare = stats.Single(s => s.Variant == Variant.Bare);
        var bareMedian = bare.PercentileMicroseconds(50);
        var text = new StringBuilder();
        text.AppendLine(Row("variant", "req/s", "median µs", "p99 µs", "vs bare", "added median µs", "CPU µs/req", "added CPU µs", "alloc B/req", "failures"));
        text.AppendLine(new string('-', 134));
        foreach (var s in stats)
        {
            var median = s.PercentileMicroseconds(50);
            text.AppendLine(Row(
                s.Variant.ToString(),
                F(s.RequestsPerSecond, "N0"),
                F(median, "N0"),
                F(s.PercentileMicroseconds(99), "N0"),
                F(s.RequestsPerSecond / bare.RequestsPerSecond, "P1"),
                s == bare ? "-" : F(median - bareMedian, "+0;-0"),
                F(s.CpuMicrosecondsPerRequest, "N1"),
                s == bare ? "-" : F(s.CpuMicrosecondsPerRequest - bare.CpuMicrosecondsPerRequest, "+0.0;-0.0"),
                F(s.AllocatedBytesPerRequest, "N0"),
                F(s.Failures, "N0")));
        }

        text.AppendLine();
        text.AppendLine("GC: " + string.Join("  |  ", stats.Select(s => $"{s.Variant}: paused {F(s.GcPauseShare, "P1")} of the time, {s.Gen2Collections} gen2")));
        text.AppendLine("req/s per round: " + string.Join("  |  ", stats.Select(s => $"{s.Variant}: {string.Join(" ", s.RoundRates.Select(r => F(r, "N0")))}")));
        text.AppendLine();
        foreach (var vigil in stats.Where(s => s.Variant == Variant.Vigil))
        {
            var loss = 1 - (vigil.RequestsPerSecond / bare.RequestsPerSecond);
            var added = vigil.PercentileMicroseconds(50) - bareMedian;
            text.AppendLine($"Target (closed loop): {vigil.Variant} throughput loss <= {MaxThroughputLoss:P0}: {F(loss, "P1")}  {(loss <= MaxThroughputLoss ? "PASS" : "MISS")}"
                + $"  (events dropped: {F(vigil.Sdk.DroppedShare, "P1")})");
            text.AppendLine($"Target (closed loop): {vigil.Variant} added median latency <= {MaxAddedMedianMicroseconds} µs: {F(added, "N0")} µs  {(added <= MaxAddedMedianMicroseconds ? "PASS" : "MISS")}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The unsaturated case, where a user feels latency: every variant at the same fixed offered load (a fraction of
    /// bare's saturated rate), so CPU is not the bottleneck and the added latency is Vigil's own time on the request path.
    /// </summary>
    public static string RenderPaced(IReadOnlyList<VariantStats> stats, double offered, double fraction)
    {
        var bare = stats.Single(s => s.Variant == Variant.Bare);
        var text = new StringBuilder();
        text.AppendLine($"Fixed offered load: {F(offered, "N0")} req/s ({F(fraction, "P0")} of bare's saturated rate), same for every variant.");
        text.AppendLine(Row("variant", "req/s", "median µs", "p99 µs", "added median", "added p99", "CPU µs/req", "added CPU µs", "alloc B/req", "failures"));
        text.AppendLine(new string('-', 134));
        foreach (var s in stats)
        {
            text.AppendLine(Row(
                s.Variant.ToString(),
                F(s.RequestsPerSecond, "N0"),
                F(s.PercentileMicroseconds(50), "N0"),
                F(s.PercentileMicroseconds(99), "N0"),
                s == bare ? "-" : F(s.PercentileMicroseconds(50) - bare.PercentileMicroseconds(50), "+0;-0"),
                s == bare ? "-" : F(s.PercentileMicroseconds(99) - bare.PercentileMicroseconds(99), "+0;-0"),
                F(s.CpuMicrosecondsPerRequest, "N1"),
                s == bare ? "-" : F(s.CpuMicrosecondsPerRequest - bare.CpuMicrosecondsPerRequest, "+0.0;-0.0"),
                F(s.AllocatedBytesPerRequest, "N0"),
                F(s.Failures, "N0")));
        }

        text.AppendLine();
        foreach (var vigil in stats.Where(s => s.Variant == Variant.Vigil))
        {
            var added = vigil.PercentileMicroseconds(50) - bare.PercentileMicroseconds(50);
            text.AppendLine($"Target (unsaturated, {F(fraction, "P0")}): {vigil.Variant} added median latency <= {MaxAddedMedianMicroseconds} µs: {F(added, "N0")} µs  {(added <= MaxAddedMedianMicroseconds ? "PASS" : "MISS")}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The SDK's own CPU: what its shipper thread used per event (masking, serializing, gzip), and that spread over
    /// every captured request as a share of Vigil's added CPU per request; the rest is the request path, the GC and
    /// the HTTP send. Plus the events the queue dropped (full queue).
    /// </summary>
    public static string RenderShipper(IReadOnlyList<VariantStats> stats)
    {
        var bare = stats.Single(s => s.Variant == Variant.Bare);
        var text = new StringBuilder();
        foreach (var vigil in stats.Where(s => s.Variant == Variant.Vigil))
        {
            var addedCpu = vigil.CpuMicrosecondsPerRequest - bare.CpuMicrosecondsPerRequest;
            var shipper = vigil.Sdk.ShipperMicrosecondsPerCaptured;
            text.AppendLine($"{vigil.Variant} SDK: shipper thread {F(vigil.Sdk.ShipperMicrosecondsPerShipped, "N1")} µs CPU per shipped event, "
                + $"{F(shipper, "N1")} µs per captured request = {F(shipper / addedCpu, "P0")} of the added {F(addedCpu, "N1")} µs/req; "
                + $"{vigil.Sdk.Captured:N0} captured, {vigil.Sdk.Dropped:N0} dropped ({F(vigil.Sdk.DroppedShare, "P1")}).");
        }

        return text.ToString();
    }

    private static string Row(string variant, string rate, string median, string p99, string ratio, string added, string cpu, string addedCpu, string allocated, string failures) =>
        $"{variant,-12} {rate,10} {median,11} {p99,10} {ratio,12} {added,16} {cpu,11} {addedCpu,13} {allocated,12} {failures,9}";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
