using Vigil.AspNetCore;

namespace Vigil.Bench.SdkOverhead;

/// <summary>What the SDK counted over a stretch of a run: events, and the CPU its shipper thread used on them.</summary>
internal sealed record SdkCounters(long Captured, long Dropped, long Shipped, TimeSpan ShipperCpu)
{
    public static SdkCounters Of(VigilMetrics? metrics) =>
        metrics is null ? new(0, 0, 0, TimeSpan.Zero) : new(metrics.Captured, metrics.Dropped, metrics.Shipped, metrics.ShipperCpuTime);

    /// <summary>Shipper CPU per event it shipped (masking, serializing, gzip).</summary>
    public double ShipperMicrosecondsPerShipped => Shipped == 0 ? double.NaN : ShipperCpu.TotalMicroseconds / Shipped;

    /// <summary>Shipper CPU spread over every captured request, the unit the bench's "added CPU µs/req" uses.</summary>
    public double ShipperMicrosecondsPerCaptured => Captured == 0 ? double.NaN : ShipperCpu.TotalMicroseconds / Captured;

    public double DroppedShare => Captured == 0 ? double.NaN : (double)Dropped / Captured;

    public static SdkCounters operator +(SdkCounters a, SdkCounters b) =>
        new(a.Captured + b.Captured, a.Dropped + b.Dropped, a.Shipped + b.Shipped, a.ShipperCpu + b.ShipperCpu);

    public static SdkCounters operator -(SdkCounters a, SdkCounters b) =>
        new(a.Captured - b.Captured, a.Dropped - b.Dropped, a.Shipped - b.Shipped, a.ShipperCpu - b.ShipperCpu);
}
