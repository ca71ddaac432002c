using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class LatencyRegressionDetectorTests
{
    private static Stream New() => new(new LatencyRegressionDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_a_minute_ten_times_slower_than_usual()
    {
        var s = New();
        s.Repeat(20 * 30, TimeSpan.FromMinutes(20), i => Stream.Event("GET /search", ms: 40 + (i % 7)));
        s.Repeat(30, TimeSpan.FromMinutes(1), _ => Stream.Event("GET /search", ms: 900));
        s.Send(Stream.Event("GET /search", ms: 40));

        var finding = Assert.Single(s.Of("VG2009"));
        Assert.Contains("900 ms", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_jittery_but_stable_latency()
    {
        var s = New();
        var random = new Random(5);
        s.Repeat(60 * 40, TimeSpan.FromHours(1), _ => Stream.Event("GET /search", ms: 30 + random.Next(0, 120)));

        Assert.Empty(s.Findings);
    }
}
