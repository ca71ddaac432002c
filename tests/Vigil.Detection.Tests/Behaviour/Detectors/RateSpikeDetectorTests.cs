using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class RateSpikeDetectorTests
{
    private static Stream New() => new(new RateSpikeDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_a_tenfold_burst_after_a_quiet_half_hour_within_seconds()
    {
        var s = New();
        s.Repeat(30 * 20, TimeSpan.FromMinutes(30), i => Stream.Event("GET /search", client: $"ip:10.3.0.{i % 100}"));
        var burstStart = s.Now;
        s.Repeat(6000, TimeSpan.FromMinutes(1), i => Stream.Event("GET /search", client: $"ip:10.4.{i / 250 % 250}.{i % 250}"));

        var finding = Assert.Single(s.Of("VG2007"));
        Assert.Equal("*", finding.Location);
        Assert.True(finding.Timestamp - burstStart < TimeSpan.FromSeconds(10), $"alerted after {finding.Timestamp - burstStart}");
    }

    [Fact]
    public void Detect_one_client_hammering_after_a_steady_history()
    {
        var s = New();
        s.Repeat(30 * 6, TimeSpan.FromMinutes(30), _ => Stream.Event("GET /orders", client: "user:bot"));
        s.Repeat(600, TimeSpan.FromMinutes(1), _ => Stream.Event("GET /orders", client: "user:bot"));

        Assert.Contains(s.Of("VG2007"), f => f.Location == "user:bot");
    }

    [Fact]
    public void Safe_steady_noisy_traffic_for_a_day()
    {
        var s = New();
        var random = new Random(3);
        for (var minute = 0; minute < 24 * 60; minute++)
        {
            // Between 20 and 80 requests a minute, more during the day, from a pool of clients.
            var rate = (minute / 60 is >= 8 and <= 20 ? 60 : 25) + random.Next(-15, 20);
            s.Repeat(rate, TimeSpan.FromMinutes(1), i => Stream.Event("GET /menu", client: $"ip:10.5.0.{random.Next(200)}"));
        }

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_a_new_endpoint_busy_from_its_first_minute()
    {
        var s = New();
        s.Repeat(2000, TimeSpan.FromMinutes(2), i => Stream.Event("GET /launch", client: $"ip:10.6.{i / 250 % 250}.{i % 250}"));

        Assert.Empty(s.Findings);
    }
}
